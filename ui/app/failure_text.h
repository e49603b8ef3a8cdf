// The one way the studio turns an exception from the core into the text it shows: the message of
// studio::failureFrom (it names the file and says what to do; a LibTorch error shows its first
// line, an allocation failure says how to need less; where it names the CLI's --resume or
// --restart, the buttons of the studio's own question instead). The whole text goes to the log.
#pragma once

#include <QString>

#include <exception>

#include "studio/job_failure.h"

namespace vx {
namespace ui {

QString failureText(const studio::JobFailure& failure);
// For `catch (...)`: failureText(std::current_exception()).
QString failureText(const std::exception_ptr& error);

}  // namespace ui
}  // namespace vx
