// The studio's side of a project file: the fields of studio::Project (studio/project_file.h,
// where the format is read and written for both front ends) in the Qt types the window works
// with, and its errors as one exception type the window presents. The window applies it.
#pragma once

#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

#include "studio/project_file.h"

namespace vx {
namespace ui {

using studio::kProjectFormatVersion;

struct ProjectFile {
    QString portraitPath;                 // absolute; empty when the project has no portrait
    QString audioPath;                    // absolute; empty when the project has no recording
    QString drivingVideoPath;             // absolute; empty without a driving video
    studio::StudioParameters parameters;  // with the seed and the manual blinks
    std::optional<QRect> crop;            // the rendered square in the photo's pixels
    studio::Keyframes keyframes;          // empty: every control keeps its value over the clip
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

studio::Project toStudioProject(const ProjectFile& project);
ProjectFile fromStudioProject(const studio::Project& project);

// The JSON text of `project` saved as `projectPath` (inputs made relative to its folder).
QByteArray projectToJson(const ProjectFile& project, const QString& projectPath);
// Parses the JSON text of the project at `projectPath`. Throws ProjectFileError for invalid
// JSON, another format, a newer version or malformed fields.
ProjectFile projectFromJson(const QByteArray& json, const QString& projectPath);

// Writes crash-safely: a failed write leaves the previous file. Throws ProjectFileError naming
// the file.
void writeProjectFile(const ProjectFile& project, const QString& projectPath);
// Reads and parses; fills missingInputs. Throws ProjectFileError naming the file.
ProjectFile readProjectFile(const QString& projectPath);

}  // namespace ui
}  // namespace vx
