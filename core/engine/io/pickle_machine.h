// A restricted pickle virtual machine. It interprets the opcodes of pickle protocols 2-5 that
// torch.save and numpy produce, builds plain values (None, bool, int, float, str, bytes, tuple,
// list, dict) in an arena, and hands everything that would run code -- GLOBAL, REDUCE, BUILD,
// persistent ids -- to a Host that decides from an allow-list. It never imports or calls
// anything itself. Values are owned by the machine's arena, so cycles built by a hostile pickle
// cannot leak and deep nesting cannot overflow the stack on destruction.
#pragma once

#include <torch/types.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vx::io::pickle {

enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Object };

// One Python value. `tag` says which allowed global or host object it is (meaning set by the
// host); `tensor`, `dtype` and `text` carry the host's payload.
struct Value {
    Kind kind = Kind::None;
    bool boolean = false;
    int64_t integer = 0;
    double real = 0;
    std::string text;           // str (UTF-8), bytes, a global's "module name", or host data
    std::vector<Value*> items;  // tuple, list
    std::vector<std::pair<Value*, Value*>> entries;  // dict, in insertion order
    int tag = 0;
    torch::ScalarType dtype = torch::kByte;
    torch::Tensor tensor;
};

const char* kindName(Kind kind);

class Machine;

// Decides what the restricted operations mean. Every method throws vx::Error to refuse.
class Host {
public:
    virtual ~Host() = default;
    // GLOBAL module name: fill `global` (kind Global) with a tag, or refuse.
    virtual void resolveGlobal(Machine& machine, Value& global) = 0;
    // REDUCE: callable(*args).
    virtual Value* call(Machine& machine, Value& callable, Value& args) = 0;
    // BUILD: obj.__setstate__(state).
    virtual void build(Machine& machine, Value& object, Value& state) = 0;
    // BINPERSID.
    virtual Value* persistentLoad(Machine& machine, Value& id) = 0;
};

class Machine {
public:
    // `bytes` must outlive run(); `file` names the checkpoint in error messages.
    Machine(const uint8_t* bytes, size_t size, std::string file, Host& host);

    // Runs to STOP and returns the result (owned by the machine).
    Value* run();

    Value* make(Kind kind);
    // Throws vx::Error(Model) "<file>: unsupported pickle content: <what>".
    [[noreturn]] void unsupported(const std::string& what) const;
    // Throws vx::Error(Model) "<file>: damaged pickle: <what>".
    [[noreturn]] void damaged(const std::string& what) const;
    const std::string& file() const { return m_file; }

private:
    const uint8_t* take(uint64_t count);
    uint64_t readUint(int bytes);
    std::string readLine();
    Value* pop();
    Value* top();
    std::vector<Value*> popToMark();
    void push(Value* value) { m_stack.push_back(value); }
    Value* makeInt(int64_t value);
    Value* makeText(Kind kind, const uint8_t* data, uint64_t size);
    Value* memoGet(uint64_t index);
    void memoPut(uint64_t index);
    void step(uint8_t opcode);
    void appendTo(Value* list, const std::vector<Value*>& items);
    void setItems(Value* dict, const std::vector<Value*>& items);
    Value* makeGlobal(std::string module, std::string name);

    const uint8_t* m_bytes;
    size_t m_size;
    size_t m_pos = 0;
    std::string m_file;
    Host& m_host;
    std::deque<Value> m_arena;
    std::vector<Value*> m_stack;
    std::vector<size_t> m_marks;
    std::unordered_map<uint64_t, Value*> m_memo;
    bool m_stopped = false;
};

}  // namespace vx::io::pickle
