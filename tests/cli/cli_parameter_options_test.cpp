// Every parameter of the table is a `render` option with the table's range, as the studio's
// controls (tests/gui/parameter_widgets_test.cpp) and the project file
// (tests/gui/project_file_test.cpp) have it: listed in --help, its largest value reaches the
// request (--dry-run), and one step past it is refused with the table's words.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "cli_runner.h"
#include "studio/parameters.h"

namespace {

using vx::studio::ParameterSpec;
using vx::studio::ParameterType;
using vx::test::quoted;
using vx::test::runCli;

const std::string kPhoto = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

std::string number(const ParameterSpec& spec, double value) {
    std::ostringstream text;
    if (spec.type == ParameterType::Integer)
        text << static_cast<long long>(std::llround(value));
    else
        text << value;
    return text.str();
}

std::string dryRun(const std::string& extra) {
    return "render --image " + quoted(kPhoto) +
           " --audio /nonexistent/voice.wav --out /tmp/vx-dry-run.mp4 --dry-run " + extra;
}

TEST(CliParameterOptions, EveryParameterIsARenderOptionWithTheTablesRange) {
    const auto help = runCli("render --help");
    ASSERT_EQ(help.exitCode, 0) << help.output;
    const auto baseline = runCli(dryRun(""));
    ASSERT_EQ(baseline.exitCode, 0) << baseline.output;
    int checked = 0;
    for (const ParameterSpec& spec : vx::studio::parameterTable()) {
        SCOPED_TRACE(spec.key);
        ASSERT_NE(spec.option, nullptr);
        const std::string option = spec.option;
        EXPECT_NE(help.output.find(option), std::string::npos) << help.output;

        // The end of the range farther from the default, so the request must change.
        const double edge = spec.defaultValue == spec.maximum ? spec.minimum : spec.maximum;
        const auto accepted = runCli(dryRun(option + " " + number(spec, edge)));
        EXPECT_EQ(accepted.exitCode, 0) << accepted.output;
        EXPECT_NE(accepted.output, baseline.output) << option << " did not reach the request";

        const double step = spec.multipleOf > 1                   ? spec.multipleOf
                            : spec.type == ParameterType::Integer ? 1.0
                                                                  : std::max(spec.step, 1.0);
        const auto refused = runCli(dryRun(option + " " + number(spec, spec.maximum + step)));
        EXPECT_EQ(refused.exitCode, 2) << refused.output;
        EXPECT_NE(refused.output.find(vx::studio::describeRange(spec)), std::string::npos)
            << refused.output;
        ++checked;
    }
    EXPECT_EQ(checked, int(vx::studio::parameterTable().size()));
}

}  // namespace
