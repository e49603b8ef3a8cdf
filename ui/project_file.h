// A VX Studio project (.vxproj): the two inputs, every studio parameter and the portrait's
// crop, as versioned JSON. Paths beneath the project's folder are stored relative to it, so a
// project folder can be moved as a whole. Only reading and writing here; the window applies it.
#pragma once

#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

#include "ui/studio_parameters.h"

namespace vx {
namespace ui {

// 2: separate head motion and blink seeds, the blink duration (version 1 files are migrated:
// their one seed drove the noise, the head motion and, plus one, the blinks).
inline constexpr int kProjectFormatVersion = 2;

struct ProjectFile {
    QString portraitPath;         // absolute; empty when the project has no portrait
    QString audioPath;            // absolute; empty when the project has no recording
    QString drivingVideoPath;     // absolute; empty without a driving video
    StudioParameters parameters;  // with the seed and the manual blinks
    std::optional<QRect> crop;    // the rendered square in the photo's pixels
    // Filled by readProjectFile: the inputs the project names that are not on disk (their paths
    // stay in portraitPath/audioPath so the message can name them).
    QStringList missingInputs;
};

// A project file that cannot be read; what() names the file and the problem.
class ProjectFileError : public std::runtime_error {
public:
    explicit ProjectFileError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// The JSON text of `project` saved as `projectPath` (inputs made relative to its folder).
QByteArray projectToJson(const ProjectFile& project, const QString& projectPath);
// Parses the JSON text of the project at `projectPath`. Throws ProjectFileError for invalid
// JSON, another format, a newer version or malformed fields.
ProjectFile projectFromJson(const QByteArray& json, const QString& projectPath);

// Writes atomically (QSaveFile): a failed write leaves the previous file. Throws
// ProjectFileError naming the file.
void writeProjectFile(const ProjectFile& project, const QString& projectPath);
// Reads and parses; fills missingInputs. Throws ProjectFileError naming the file.
ProjectFile readProjectFile(const QString& projectPath);

}  // namespace ui
}  // namespace vx
