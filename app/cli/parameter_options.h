// The command-line options of the parameter table (studio/parameters.h): each option's name,
// help, range and default in --help, and its check come from the table, so the CLI cannot offer
// another range than the studio and the project file. An option the user gives overrides the
// project's (or the default) value of its field, one field at a time.
#pragma once

#include <CLI/CLI.hpp>

#include <initializer_list>
#include <map>

#include "studio/parameters.h"
#include "studio/studio_parameters.h"

namespace vx::cli {

class ParameterOptions {
public:
    // Adds the options of `ids` to `cmd`.
    void add(CLI::App& cmd, std::initializer_list<studio::ParameterId> ids);
    // Shows `value` as the default in --help instead of the table's (a command whose own default
    // differs, such as the preview's H.264 quality).
    void setDefault(studio::ParameterId id, double value);

    bool given(studio::ParameterId id) const;
    // The value given on the command line, else the default.
    double value(studio::ParameterId id) const;
    // Writes every option given on the command line into `parameters`.
    void applyTo(studio::StudioParameters& parameters) const;
    // Adds every option given on the command line to `values` (a studio::RenderSpec's).
    void writeGiven(std::map<studio::ParameterId, double>& values) const;

private:
    std::map<studio::ParameterId, double> m_values;
    std::map<studio::ParameterId, CLI::Option*> m_options;
};

}  // namespace vx::cli
