#include "studio/style_library.h"

#include <algorithm>
#include <cctype>

#include "common/data_folder.h"
#include "common/error.h"
#include "studio/style_file.h"

namespace vx::studio {

namespace fs = std::filesystem;

fs::path defaultStyleFolder() {
    return userDataFolder() / "styles";
}

StyleLibrary::StyleLibrary(fs::path folder) : m_folder(std::move(folder)) {}

std::vector<StyleLibrary::Entry> StyleLibrary::entries(std::vector<std::string>* problems) const {
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(m_folder, ec))
        for (const auto& item : fs::directory_iterator(m_folder, ec))
            if (item.path().extension() == ".json")
                files.push_back(item.path());
    // By file name, so which of two same-named files wins does not depend on the file system.
    std::sort(files.begin(), files.end());
    std::vector<Entry> found;
    for (const fs::path& file : files) {
        try {
            Style style = readStyleFile(file);
            const bool taken = findBuiltInStyle(style.name) != nullptr ||
                               std::any_of(found.begin(), found.end(), [&](const Entry& e) {
                                   return sameStyleName(e.style.name, style.name);
                               });
            if (taken) {
                if (problems)
                    problems->push_back(file.string() + ": the name \"" + style.name +
                                        "\" is already taken; rename the style in this file");
                continue;
            }
            found.push_back({file, std::move(style)});
        } catch (const Error& e) {
            if (problems)
                problems->push_back(e.what());
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Entry& a, const Entry& b) { return a.style.name < b.style.name; });
    return found;
}

std::vector<Style> StyleLibrary::userStyles(std::vector<std::string>* problems) const {
    std::vector<Style> styles;
    for (Entry& entry : entries(problems))
        styles.push_back(std::move(entry.style));
    return styles;
}

std::optional<StyleLibrary::Entry> StyleLibrary::entryOf(const std::string& name) const {
    for (Entry& entry : entries(nullptr))
        if (sameStyleName(entry.style.name, name))
            return std::move(entry);
    return std::nullopt;
}

std::optional<Style> StyleLibrary::find(const std::string& name) const {
    if (const Style* builtIn = findBuiltInStyle(name))
        return *builtIn;
    if (auto entry = entryOf(name))
        return std::move(entry->style);
    return std::nullopt;
}

void StyleLibrary::checkNameFree(const std::string& name,
                                 const std::string& exceptUserStyle) const {
    if (const std::string problem = styleNameProblem(name); !problem.empty())
        throw Error(ErrorKind::BadInput, problem);
    if (const Style* builtIn = findBuiltInStyle(name))
        throw Error(ErrorKind::BadInput, "\"" + builtIn->name +
                                             "\" is a built-in style; give your style another "
                                             "name");
    if (const auto entry = entryOf(name);
        entry && !sameStyleName(entry->style.name, exceptUserStyle))
        throw Error(ErrorKind::BadInput, "you already have a style called \"" + entry->style.name +
                                             "\"; choose another name");
}

fs::path StyleLibrary::newFileFor(const std::string& name) const {
    std::string stem;
    for (const char c : name)
        stem += std::isalnum(static_cast<unsigned char>(c))
                    ? char(std::tolower(static_cast<unsigned char>(c)))
                    : '-';
    std::error_code ec;
    fs::path file = m_folder / (stem + ".json");
    for (int n = 2; fs::exists(file, ec); ++n)
        file = m_folder / (stem + "-" + std::to_string(n) + ".json");
    return file;
}

void StyleLibrary::save(const Style& style, bool replace) {
    const auto existing = entryOf(style.name);
    checkNameFree(style.name, replace && existing ? existing->style.name : std::string());
    std::error_code ec;
    fs::create_directories(m_folder, ec);
    if (ec)
        throw Error(ErrorKind::Io, "the style folder cannot be made: " + ec.message(),
                    m_folder.string());
    writeStyleFile(existing ? existing->file : newFileFor(style.name), style);
}

void StyleLibrary::rename(const std::string& from, const std::string& to) {
    auto entry = entryOf(from);
    if (!entry)
        throw Error(ErrorKind::BadInput, "you have no style called \"" + from + "\"");
    checkNameFree(to, entry->style.name);
    entry->style.name = to;
    // The file keeps its name: renaming the style is one crash-safe replacement.
    writeStyleFile(entry->file, entry->style);
}

void StyleLibrary::remove(const std::string& name) {
    const auto entry = entryOf(name);
    if (!entry)
        throw Error(ErrorKind::BadInput, "you have no style called \"" + name + "\"");
    std::error_code ec;
    if (!fs::remove(entry->file, ec) || ec)
        throw Error(ErrorKind::Io, "the style file cannot be removed: " + ec.message(),
                    entry->file.string());
}

Style StyleLibrary::importFile(const fs::path& source) {
    const Style style = readStyleFile(source);
    try {
        save(style);
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::BadInput)
            throw;
        throw Error(ErrorKind::BadInput, e.what(), source.string());
    }
    return style;
}

void StyleLibrary::exportStyle(const std::string& name, const fs::path& target) const {
    const auto style = find(name);
    if (!style)
        throw Error(ErrorKind::BadInput, "there is no style called \"" + name + "\"");
    writeStyleFile(target, *style);
}

Style resolveStyle(const std::string& nameOrFile, const StyleLibrary& library) {
    if (fs::path(nameOrFile).extension() == ".json")
        return readStyleFile(nameOrFile);
    if (auto style = library.find(nameOrFile))
        return *style;
    throw Error(ErrorKind::BadInput,
                "unknown style \"" + nameOrFile +
                    "\"; `vxstudio-cli styles list` shows the styles, or give a style file "
                    "(.json)");
}

StyleResolver userStyleResolver() {
    return [](const std::string& name) { return StyleLibrary().find(name); };
}

}  // namespace vx::studio
