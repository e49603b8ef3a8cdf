#include "ui/app/failure_text.h"

#include "common/log.h"

namespace vx {
namespace ui {

QString failureText(const studio::JobFailure& failure) {
    return QString::fromStdString(failure.message);
}

QString failureText(const std::exception_ptr& error) {
    const studio::JobFailure failure = studio::failureFrom(error);
    if (!failure.cancelled())
        log::info("vx.studio", "failed: " + failure.detail);
    return failureText(failure);
}

}  // namespace ui
}  // namespace vx
