#include "ui/project/project_file.h"

#include "common/error.h"

namespace vx {
namespace ui {

namespace {

std::string utf8(const QString& text) {
    return text.toStdString();
}

QString fromUtf8(const std::string& text) {
    return QString::fromStdString(text);
}

// Runs a call into the core's project format, presenting its vx::Error as ProjectFileError.
template <typename Call>
auto translatingErrors(Call&& call) -> decltype(call()) {
    try {
        return call();
    } catch (const Error& e) {
        throw ProjectFileError(fromUtf8(e.what()));
    }
}

}  // namespace

studio::Project toStudioProject(const ProjectFile& project) {
    studio::Project out;
    out.portraitPath = utf8(project.portraitPath);
    out.audioPath = utf8(project.audioPath);
    out.drivingVideoPath = utf8(project.drivingVideoPath);
    out.parameters = project.parameters;
    out.keyframes = project.keyframes;
    if (project.crop)
        out.crop = studio::CropRect{project.crop->x(), project.crop->y(), project.crop->width(),
                                    project.crop->height()};
    for (const QString& input : project.missingInputs)
        out.missingInputs.push_back(utf8(input));
    return out;
}

ProjectFile fromStudioProject(const studio::Project& project) {
    ProjectFile out;
    out.portraitPath = fromUtf8(project.portraitPath);
    out.audioPath = fromUtf8(project.audioPath);
    out.drivingVideoPath = fromUtf8(project.drivingVideoPath);
    out.parameters = project.parameters;
    out.keyframes = project.keyframes;
    if (project.crop)
        out.crop =
            QRect(project.crop->x, project.crop->y, project.crop->width, project.crop->height);
    for (const std::string& input : project.missingInputs)
        out.missingInputs << fromUtf8(input);
    return out;
}

QByteArray projectToJson(const ProjectFile& project, const QString& projectPath) {
    return QByteArray::fromStdString(
        studio::projectToJson(toStudioProject(project), utf8(projectPath)));
}

ProjectFile projectFromJson(const QByteArray& json, const QString& projectPath) {
    return translatingErrors([&] {
        return fromStudioProject(studio::projectFromJson(json.toStdString(), utf8(projectPath)));
    });
}

void writeProjectFile(const ProjectFile& project, const QString& projectPath) {
    translatingErrors(
        [&] { studio::writeProjectFile(toStudioProject(project), utf8(projectPath)); });
}

ProjectFile readProjectFile(const QString& projectPath) {
    return translatingErrors(
        [&] { return fromStudioProject(studio::readProjectFile(utf8(projectPath))); });
}

}  // namespace ui
}  // namespace vx
