// The user's own styles: one style file each (studio/style_file.h) in a folder, by default
// $XDG_DATA_HOME/vxstudio/styles/. Names are unique without regard to case, among the user's
// styles and the built-in ones (a user style cannot take a built-in's name). Every write is
// crash-safe (common/atomic_file.h).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "studio/styles.h"

namespace vx::studio {

// $XDG_DATA_HOME/vxstudio/styles (common/data_folder.h).
std::filesystem::path defaultStyleFolder();

class StyleLibrary {
public:
    explicit StyleLibrary(std::filesystem::path folder = defaultStyleFolder());

    const std::filesystem::path& folder() const { return m_folder; }

    // The user's styles, by name. A file that is not a valid style, or whose name another file
    // already has, is left out and its refusal added to `problems` (when given): one damaged
    // file does not hide the others. A missing folder holds no styles.
    std::vector<Style> userStyles(std::vector<std::string>* problems = nullptr) const;
    // The style called `name`, built-in first, then the user's; case-insensitive.
    std::optional<Style> find(const std::string& name) const;

    // Saves a new user style, or replaces the user style of the same name when `replace`.
    // Throws vx::Error(BadInput) for a bad name, a built-in's name, or (without `replace`) a
    // name already taken; vx::Error(Io) when the folder cannot be written.
    void save(const Style& style, bool replace = false);
    // Throws vx::Error(BadInput) when `from` is not a user style or `to` cannot name one.
    void rename(const std::string& from, const std::string& to);
    // Throws vx::Error(BadInput) when `name` is not a user style.
    void remove(const std::string& name);
    // Checks the style file at `source` and adds its style; returns it. Throws as readStyleFile
    // and save (the name must be free).
    Style importFile(const std::filesystem::path& source);
    // Writes the style called `name` (built-in or the user's) to `target`. Throws
    // vx::Error(BadInput) for an unknown name, vx::Error(Io) when `target` cannot be written.
    void exportStyle(const std::string& name, const std::filesystem::path& target) const;

private:
    struct Entry {
        std::filesystem::path file;
        Style style;
    };
    std::vector<Entry> entries(std::vector<std::string>* problems) const;
    std::optional<Entry> entryOf(const std::string& name) const;
    void checkNameFree(const std::string& name, const std::string& exceptUserStyle) const;
    // A file name for a new style: its name reduced to safe characters, made unique.
    std::filesystem::path newFileFor(const std::string& name) const;

    std::filesystem::path m_folder;
};

// The style `nameOrFile` names for --style: a path to a style file when it ends in .json,
// else the name of a built-in or user style in `library`. Throws vx::Error(BadInput) naming it.
Style resolveStyle(const std::string& nameOrFile, const StyleLibrary& library);

// The styles of StyleLibrary(): built-in first, then the user's (StyleLibrary::find), looked up
// when called, so a style saved meanwhile is found.
StyleResolver userStyleResolver();

}  // namespace vx::studio
