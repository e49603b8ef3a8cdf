#include "engine/io/pickle_machine.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "common/error.h"

namespace vx::io::pickle {

namespace {

// Opcodes of pickle protocols 0-5 that torch.save and numpy arrays use.
enum Op : uint8_t {
    MARK = '(',
    STOP = '.',
    POP = '0',
    POP_MARK = '1',
    DUP = '2',
    FLOAT = 'F',
    INT = 'I',
    BININT = 'J',
    BININT1 = 'K',
    LONG = 'L',
    BININT2 = 'M',
    NONE = 'N',
    BINPERSID = 'Q',
    REDUCE = 'R',
    BINSTRING = 'T',
    SHORT_BINSTRING = 'U',
    BINUNICODE = 'X',
    APPEND = 'a',
    BUILD = 'b',
    GLOBAL = 'c',
    DICT = 'd',
    EMPTY_DICT = '}',
    APPENDS = 'e',
    GET = 'g',
    BINGET = 'h',
    LONG_BINGET = 'j',
    LIST = 'l',
    EMPTY_LIST = ']',
    PUT = 'p',
    BINPUT = 'q',
    LONG_BINPUT = 'r',
    SETITEM = 's',
    TUPLE = 't',
    EMPTY_TUPLE = ')',
    SETITEMS = 'u',
    BINFLOAT = 'G',
    PROTO = 0x80,
    TUPLE1 = 0x85,
    TUPLE2 = 0x86,
    TUPLE3 = 0x87,
    NEWTRUE = 0x88,
    NEWFALSE = 0x89,
    LONG1 = 0x8a,
    LONG4 = 0x8b,
    BINBYTES = 'B',
    SHORT_BINBYTES = 'C',
    SHORT_BINUNICODE = 0x8c,
    BINUNICODE8 = 0x8d,
    BINBYTES8 = 0x8e,
    STACK_GLOBAL = 0x93,
    MEMOIZE = 0x94,
    FRAME = 0x95,
};

// Python's two's-complement little-endian LONG encoding, limited to what fits in int64.
bool decodeLong(const uint8_t* data, uint64_t size, int64_t& out) {
    if (size == 0) {
        out = 0;
        return true;
    }
    if (size > 8)
        return false;
    uint64_t value = 0;
    for (uint64_t i = size; i-- > 0;)
        value = (value << 8) | data[i];
    if (size < 8 && (data[size - 1] & 0x80))
        value |= ~uint64_t(0) << (8 * size);  // sign-extend
    std::memcpy(&out, &value, sizeof(out));
    return true;
}

}  // namespace

const char* kindName(Kind kind) {
    switch (kind) {
        case Kind::None:
            return "None";
        case Kind::Bool:
            return "bool";
        case Kind::Int:
            return "int";
        case Kind::Float:
            return "float";
        case Kind::String:
            return "str";
        case Kind::Bytes:
            return "bytes";
        case Kind::Tuple:
            return "tuple";
        case Kind::List:
            return "list";
        case Kind::Dict:
            return "dict";
        case Kind::Global:
            return "global";
        case Kind::Object:
            return "object";
    }
    return "?";
}

Machine::Machine(const uint8_t* bytes, size_t size, std::string file, Host& host)
    : m_bytes(bytes), m_size(size), m_file(std::move(file)), m_host(host) {}

void Machine::unsupported(const std::string& what) const {
    throwModelError(m_file, "unsupported pickle content: " + what +
                                " (only tensors, state dicts and numpy arrays can be loaded)");
}

void Machine::damaged(const std::string& what) const {
    throwModelError(m_file, "damaged pickle at byte " + std::to_string(m_pos) + ": " + what +
                                " (the file may be truncated or corrupt)");
}

Value* Machine::make(Kind kind) {
    // A state dict needs ~15 values per tensor, so this allows ~280k tensors; the bound (about
    // 600 MB of values) stops a hostile pickle of one-byte opcodes from exhausting memory.
    constexpr size_t kMaxValues = size_t(1) << 22;
    if (m_arena.size() >= kMaxValues)
        unsupported("more than " + std::to_string(kMaxValues) + " pickled values");
    m_arena.emplace_back();
    m_arena.back().kind = kind;
    return &m_arena.back();
}

const uint8_t* Machine::take(uint64_t count) {
    if (count > m_size - m_pos)
        damaged("unexpected end of data");
    const uint8_t* at = m_bytes + m_pos;
    m_pos += count;
    return at;
}

uint64_t Machine::readUint(int bytes) {
    const uint8_t* p = take(uint64_t(bytes));
    uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | p[i];
    return value;
}

std::string Machine::readLine() {
    if (m_pos >= m_size)
        damaged("unexpected end of data");
    const void* newline = std::memchr(m_bytes + m_pos, '\n', m_size - m_pos);
    if (!newline)
        damaged("unterminated text argument");
    const auto length = uint64_t(static_cast<const uint8_t*>(newline) - (m_bytes + m_pos));
    std::string line(reinterpret_cast<const char*>(take(length)), length);
    take(1);
    return line;
}

Value* Machine::pop() {
    if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
        damaged("stack underflow");
    Value* value = m_stack.back();
    m_stack.pop_back();
    return value;
}

Value* Machine::top() {
    if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
        damaged("stack underflow");
    return m_stack.back();
}

std::vector<Value*> Machine::popToMark() {
    if (m_marks.empty())
        damaged("no MARK on the stack");
    const size_t mark = m_marks.back();
    m_marks.pop_back();
    std::vector<Value*> items(m_stack.begin() + std::ptrdiff_t(mark), m_stack.end());
    m_stack.resize(mark);
    return items;
}

Value* Machine::makeInt(int64_t value) {
    Value* v = make(Kind::Int);
    v->integer = value;
    return v;
}

Value* Machine::makeText(Kind kind, const uint8_t* data, uint64_t size) {
    Value* v = make(kind);
    v->text.assign(reinterpret_cast<const char*>(data), size);
    return v;
}

Value* Machine::memoGet(uint64_t index) {
    auto it = m_memo.find(index);
    if (it == m_memo.end())
        damaged("memo slot " + std::to_string(index) + " is empty");
    return it->second;
}

void Machine::memoPut(uint64_t index) {
    m_memo[index] = top();
}

void Machine::appendTo(Value* list, const std::vector<Value*>& items) {
    if (list->kind != Kind::List)
        unsupported(std::string("APPEND to a ") + kindName(list->kind));
    list->items.insert(list->items.end(), items.begin(), items.end());
}

void Machine::setItems(Value* dict, const std::vector<Value*>& items) {
    if (dict->kind != Kind::Dict)
        unsupported(std::string("SETITEM on a ") + kindName(dict->kind));
    if (items.size() % 2 != 0)
        damaged("odd number of dict items");
    for (size_t i = 0; i < items.size(); i += 2)
        dict->entries.emplace_back(items[i], items[i + 1]);
}

Value* Machine::makeGlobal(std::string module, std::string name) {
    Value* global = make(Kind::Global);
    global->text = module + " " + name;
    m_host.resolveGlobal(*this, *global);
    return global;
}

Value* Machine::run() {
    while (!m_stopped) {
        if (m_pos >= m_size)
            damaged("missing STOP opcode");
        step(*take(1));
    }
    if (m_stack.size() != 1 || !m_marks.empty())
        damaged("stack not balanced at STOP");
    return m_stack.back();
}

void Machine::step(uint8_t opcode) {
    switch (opcode) {
        case PROTO:
            if (readUint(1) > 5)
                unsupported("pickle protocol above 5");
            break;
        case FRAME:
            readUint(8);  // frames only group opcodes; the data is read sequentially anyway
            break;
        case STOP:
            m_stopped = true;
            break;
        case MARK:
            m_marks.push_back(m_stack.size());
            break;
        case POP:
            pop();
            break;
        case POP_MARK:
            popToMark();
            break;
        case DUP:
            push(top());
            break;
        case NONE:
            push(make(Kind::None));
            break;
        case NEWTRUE:
        case NEWFALSE: {
            Value* v = make(Kind::Bool);
            v->boolean = opcode == NEWTRUE;
            push(v);
            break;
        }
        case INT:
        case LONG: {
            std::string line = readLine();
            if (opcode == INT && (line == "00" || line == "01")) {  // protocol 0 booleans
                Value* v = make(Kind::Bool);
                v->boolean = line == "01";
                push(v);
                break;
            }
            if (opcode == LONG && !line.empty() && line.back() == 'L')
                line.pop_back();
            errno = 0;
            char* end = nullptr;
            const long long value = std::strtoll(line.c_str(), &end, 10);
            if (line.empty() || errno != 0 || end != line.c_str() + line.size())
                damaged("bad integer literal");
            push(makeInt(value));
            break;
        }
        case BININT: {
            const auto raw = uint32_t(readUint(4));
            int32_t value;
            std::memcpy(&value, &raw, sizeof(value));
            push(makeInt(value));
            break;
        }
        case BININT1:
            push(makeInt(int64_t(readUint(1))));
            break;
        case BININT2:
            push(makeInt(int64_t(readUint(2))));
            break;
        case LONG1:
        case LONG4: {
            const uint64_t size = readUint(opcode == LONG1 ? 1 : 4);
            const uint8_t* data = take(size);
            int64_t value = 0;
            if (!decodeLong(data, size, value))
                unsupported("integer wider than 64 bits");
            push(makeInt(value));
            break;
        }
        case FLOAT: {
            const std::string line = readLine();
            char* end = nullptr;
            const double value = std::strtod(line.c_str(), &end);
            if (line.empty() || end != line.c_str() + line.size())
                damaged("bad float literal");
            Value* v = make(Kind::Float);
            v->real = value;
            push(v);
            break;
        }
        case BINFLOAT: {
            const uint64_t bits = readUint(8);
            // Pickle stores doubles big-endian; readUint read little-endian, so swap.
            const uint64_t swapped = __builtin_bswap64(bits);
            Value* v = make(Kind::Float);
            std::memcpy(&v->real, &swapped, sizeof(double));
            push(v);
            break;
        }
        case BINUNICODE:
        case SHORT_BINUNICODE:
        case BINUNICODE8:
        case BINSTRING:
        case SHORT_BINSTRING: {
            const int width = opcode == SHORT_BINUNICODE || opcode == SHORT_BINSTRING ? 1
                              : opcode == BINUNICODE8                                 ? 8
                                                                                      : 4;
            const uint64_t size = readUint(width);
            push(makeText(Kind::String, take(size), size));
            break;
        }
        case BINBYTES:
        case SHORT_BINBYTES:
        case BINBYTES8: {
            const int width = opcode == SHORT_BINBYTES ? 1 : opcode == BINBYTES8 ? 8 : 4;
            const uint64_t size = readUint(width);
            push(makeText(Kind::Bytes, take(size), size));
            break;
        }
        case EMPTY_TUPLE:
            push(make(Kind::Tuple));
            break;
        case TUPLE1:
        case TUPLE2:
        case TUPLE3: {
            const size_t count = size_t(opcode - TUPLE1) + 1;
            Value* tuple = make(Kind::Tuple);
            tuple->items.resize(count);
            for (size_t i = count; i-- > 0;)
                tuple->items[i] = pop();
            push(tuple);
            break;
        }
        case TUPLE: {
            Value* tuple = make(Kind::Tuple);
            tuple->items = popToMark();
            push(tuple);
            break;
        }
        case EMPTY_LIST:
            push(make(Kind::List));
            break;
        case LIST: {
            Value* list = make(Kind::List);
            list->items = popToMark();
            push(list);
            break;
        }
        case APPEND: {
            Value* item = pop();
            appendTo(top(), {item});
            break;
        }
        case APPENDS: {
            std::vector<Value*> items = popToMark();
            appendTo(top(), items);
            break;
        }
        case EMPTY_DICT:
            push(make(Kind::Dict));
            break;
        case DICT: {
            Value* dict = make(Kind::Dict);
            setItems(dict, popToMark());
            push(dict);
            break;
        }
        case SETITEM: {
            Value* value = pop();
            Value* key = pop();
            setItems(top(), {key, value});
            break;
        }
        case SETITEMS: {
            std::vector<Value*> items = popToMark();
            setItems(top(), items);
            break;
        }
        case PUT: {
            const std::string line = readLine();
            char* end = nullptr;
            const unsigned long long index = std::strtoull(line.c_str(), &end, 10);
            if (line.empty() || end != line.c_str() + line.size())
                damaged("bad memo index");
            memoPut(index);
            break;
        }
        case BINPUT:
            memoPut(readUint(1));
            break;
        case LONG_BINPUT:
            memoPut(readUint(4));
            break;
        case MEMOIZE:
            memoPut(m_memo.size());
            break;
        case GET: {
            const std::string line = readLine();
            char* end = nullptr;
            const unsigned long long index = std::strtoull(line.c_str(), &end, 10);
            if (line.empty() || end != line.c_str() + line.size())
                damaged("bad memo index");
            push(memoGet(index));
            break;
        }
        case BINGET:
            push(memoGet(readUint(1)));
            break;
        case LONG_BINGET:
            push(memoGet(readUint(4)));
            break;
        case GLOBAL: {
            std::string module = readLine();
            std::string name = readLine();
            push(makeGlobal(std::move(module), std::move(name)));
            break;
        }
        case STACK_GLOBAL: {
            Value* name = pop();
            Value* module = pop();
            if (module->kind != Kind::String || name->kind != Kind::String)
                damaged("STACK_GLOBAL needs two strings");
            push(makeGlobal(module->text, name->text));
            break;
        }
        case REDUCE: {
            Value* args = pop();
            Value* callable = pop();
            if (args->kind != Kind::Tuple)
                damaged("REDUCE arguments are not a tuple");
            if (callable->kind != Kind::Global)
                unsupported(std::string("call of a ") + kindName(callable->kind));
            push(m_host.call(*this, *callable, *args));
            break;
        }
        case BUILD: {
            Value* state = pop();
            m_host.build(*this, *top(), *state);
            break;
        }
        case BINPERSID: {
            Value* id = pop();
            push(m_host.persistentLoad(*this, *id));
            break;
        }
        default: {
            static const char* hex = "0123456789abcdef";
            unsupported(std::string("pickle opcode 0x") + hex[opcode >> 4] + hex[opcode & 15]);
        }
    }
}

}  // namespace vx::io::pickle
