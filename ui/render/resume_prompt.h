// The studio's questions about a resumable render (studio/render_state.h): before a render whose
// output has a saved state, and on the start after a session that ended while rendering. The
// button names are defined here once; failure_text.cpp names them where the core's messages
// name the CLI's --resume and --restart.
#pragma once

#include <QString>

class QWidget;

namespace vx {
namespace ui {

enum class ResumeChoice { Resume, StartOver, Cancel };
// "An interrupted render of <file> was saved (<progress>)." with Resume, Start Over and Cancel.
// The box is named "resumeRenderBox", its buttons "resumeButton" and "startOverButton".
ResumeChoice askToResumeRender(QWidget* parent, const QString& output, const QString& progress);

enum class StartUpResumeChoice { ResumeNow, Later, Discard };
// "The render of <file> was interrupted (<progress>). Resume it now?" with Yes, No and Discard.
// The box is named "interruptedRenderBox".
StartUpResumeChoice askToResumeAtStart(QWidget* parent, const QString& output,
                                       const QString& progress);

// The buttons' names without the mnemonic, for messages that point at them.
QString resumeButtonName();
QString startOverButtonName();

}  // namespace ui
}  // namespace vx
