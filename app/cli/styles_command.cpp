// `vxstudio-cli styles list`: the speaking styles --style accepts, built-in and the user's, with
// what each sets.
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "studio/style_library.h"
#include "studio/styles.h"

namespace vx::cli {

namespace {

void printStyle(const studio::Style& style, const char* origin) {
    std::cout << style.name << " (" << origin << ")\n"
              << "    " << style.description << '\n'
              << "    sets: " << studio::describeStyleValues(style) << '\n';
}

int listStyles() {
    const studio::StyleLibrary library;
    for (const studio::Style& style : studio::builtInStyles())
        printStyle(style, "built-in");
    std::vector<std::string> problems;
    const std::vector<studio::Style> mine = library.userStyles(&problems);
    for (const studio::Style& style : mine)
        printStyle(style, "yours");
    if (mine.empty())
        std::cout << "(no styles of your own in " << library.folder().string() << ")\n";
    // A damaged file is not the listing's failure: the user still sees every good style.
    for (const std::string& problem : problems)
        std::cerr << "warning: left out " << problem << '\n';
    return int(kExitOk);
}

}  // namespace

void addStylesCommand(CLI::App& app, CommandRunner& runner) {
    CLI::App* cmd = app.add_subcommand(
        "styles", "Speaking styles: named sets of performance settings for --style");
    cmd->require_subcommand(1);
    CLI::App* list = cmd->add_subcommand(
        "list",
        "List the built-in styles and yours ($XDG_DATA_HOME/vxstudio/styles) with what "
        "each sets");
    list->callback([&runner] { runner = listStyles; });
}

}  // namespace vx::cli
