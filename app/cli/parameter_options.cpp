#include "app/cli/parameter_options.h"

#include <sstream>

namespace vx::cli {

namespace {

std::string shown(double value) {
    std::ostringstream text;
    text.precision(10);
    text << value;
    return text.str();
}

}  // namespace

void ParameterOptions::add(CLI::App& cmd, std::initializer_list<studio::ParameterId> ids) {
    for (const studio::ParameterId id : ids) {
        const studio::ParameterSpec& spec = studio::parameterSpec(id);
        m_values[id] = spec.defaultValue;
        // CLI11's own numeric parsing would accept "nan", so the text goes through the table's
        // check before CLI11 stores the number.
        CLI::Validator check(
            [id](std::string& text) -> std::string {
                double parsed = 0.0;
                return studio::parameterTextProblem(id, text, parsed);
            },
            "");
        CLI::Option* option =
            cmd.add_option(spec.option, m_values[id],
                           std::string(spec.help) + " (" + describeRange(spec) + ")")
                ->type_name(spec.type == studio::ParameterType::Integer ? "INT" : "NUMBER")
                ->check(check)
                ->default_str(shown(spec.defaultValue));
        m_options[id] = option;
    }
}

void ParameterOptions::setDefault(studio::ParameterId id, double value) {
    m_values[id] = value;
    if (const auto it = m_options.find(id); it != m_options.end())
        it->second->default_str(shown(value));
}

bool ParameterOptions::given(studio::ParameterId id) const {
    const auto it = m_options.find(id);
    return it != m_options.end() && it->second->count() > 0;
}

double ParameterOptions::value(studio::ParameterId id) const {
    const auto it = m_values.find(id);
    return it == m_values.end() ? studio::parameterSpec(id).defaultValue : it->second;
}

void ParameterOptions::applyTo(studio::StudioParameters& parameters) const {
    for (const auto& [id, option] : m_options)
        if (option->count() > 0)
            parameters.setValue(id, m_values.at(id));
}

void ParameterOptions::writeGiven(std::map<studio::ParameterId, double>& values) const {
    for (const auto& [id, option] : m_options)
        if (option->count() > 0)
            values[id] = m_values.at(id);
}

}  // namespace vx::cli
