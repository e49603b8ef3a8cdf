// The shipped binaries compute with LibTorch's own BLAS. dlib's package puts Debian's reference
// libblas.so.3 on every executable's link line; when it lands ahead of libtorch_cpu in the
// loader's search order, LibTorch's sgemm_/dgemm_ calls bind to it and the engine runs about five
// times slower (cmake/VxTorch.cmake). Checked two ways in each binary as a user starts it: the
// in-process report (dlsym + dladdr, what `doctor` prints) and the dynamic loader's own record of
// the binding it made for libtorch_cpu's call (LD_BIND_NOW + LD_DEBUG=bindings).
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "cli/cli_runner.h"

namespace {

using vx::test::CommandResult;
using vx::test::quoted;
using vx::test::runShell;

// "  BLAS sgemm_: /path/libtorch_cpu.so (LibTorch's own)" -> "/path/libtorch_cpu.so".
std::string reportedLibrary(const std::string& report, const std::string& symbol) {
    std::smatch match;
    const std::regex line("BLAS " + symbol + ": (\\S+) \\(");
    return std::regex_search(report, match, line) ? match[1].str() : std::string();
}

void expectLibTorchBlasInReport(const CommandResult& r) {
    ASSERT_EQ(r.exitCode, 0) << r.output;
    std::smatch torch;
    ASSERT_TRUE(std::regex_search(r.output, torch, std::regex("LibTorch library: (\\S+)")))
        << r.output;
    EXPECT_NE(torch[1].str().find("libtorch_cpu.so"), std::string::npos) << torch[1].str();
    for (const char* symbol : {"sgemm_", "dgemm_"}) {
        const std::string library = reportedLibrary(r.output, symbol);
        EXPECT_EQ(library, torch[1].str()) << symbol << " resolves elsewhere:\n" << r.output;
        EXPECT_EQ(library.find("libblas"), std::string::npos) << library;
    }
    EXPECT_EQ(r.output.find("(WRONG)"), std::string::npos) << r.output;
}

// The loader's binding of libtorch_cpu's own reference to `symbol`, e.g. "binding file
// .../libtorch_cpu.so [0] to /usr/lib/.../libblas.so.3 [0]: normal symbol `sgemm_'".
std::string loaderBinding(const std::string& command, const std::string& symbol) {
    const CommandResult r =
        runShell("LD_BIND_NOW=1 LD_DEBUG=bindings " + command + " 2>&1 >/dev/null | grep " +
                 quoted("libtorch_cpu.so .*normal symbol ." + symbol + ".$"));
    std::smatch match;
    const std::regex binding("binding file \\S+libtorch_cpu\\.so \\[\\d+\\] to (\\S+) \\[");
    return std::regex_search(r.output, match, binding) ? match[1].str() : std::string();
}

TEST(BlasBinding, CliReportsLibTorchBlas) {
    expectLibTorchBlasInReport(vx::test::runCli("doctor"));
}

TEST(BlasBinding, CliLoaderBindsLibTorchCallsToLibTorch) {
    for (const char* symbol : {"sgemm_", "dgemm_"}) {
        const std::string target = loaderBinding(quoted(VX_CLI_EXE) + " --version", symbol);
        EXPECT_NE(target.find("libtorch_cpu.so"), std::string::npos)
            << symbol << " bound to '" << target << "'";
    }
}

#ifdef VX_GUI_EXE
std::string guiCommand(const std::string& arguments) {
    // Offscreen: the report needs no display; empty settings so no saved model folder is used.
    return "QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d) " +
           quoted(VX_GUI_EXE) + " " + arguments;
}

TEST(BlasBinding, GuiReportsLibTorchBlas) {
    expectLibTorchBlasInReport(runShell(guiCommand("--system-info")));
}

TEST(BlasBinding, GuiLoaderBindsLibTorchCallsToLibTorch) {
    for (const char* symbol : {"sgemm_", "dgemm_"}) {
        const std::string target = loaderBinding(guiCommand("--version"), symbol);
        EXPECT_NE(target.find("libtorch_cpu.so"), std::string::npos)
            << symbol << " bound to '" << target << "'";
    }
}
#endif

}  // namespace
