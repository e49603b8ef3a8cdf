#include "ui/project_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <utility>

#include "common/error.h"
#include "studio/parameters.h"
#include "ui/app_settings.h"

namespace vx {
namespace ui {

namespace {

// Names in the file, so it stays readable and the enums may be reordered.
const std::pair<motion::HeadMotionPreset, const char*> kPresets[] = {
    {motion::HeadMotionPreset::Still, "still"},
    {motion::HeadMotionPreset::CalmPresenter, "calm-presenter"},
    {motion::HeadMotionPreset::LivelySpeaker, "lively-speaker"},
    {motion::HeadMotionPreset::NoddingListener, "nodding-listener"},
};
const std::pair<OutputFraming, const char*> kFramings[] = {
    {OutputFraming::Crop, "crop"},
    {OutputFraming::PasteBack, "paste-back"},
};

template <typename E, size_t N>
QString nameOf(const std::pair<E, const char*> (&names)[N], E value) {
    for (const auto& [e, name] : names)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

// Reads the fields of one JSON object, collecting nothing: the first malformed field throws
// an error that names the project file and the field.
// Which section of the file holds a parameter: 0 performance, 1 quality, 2 output, -1 none
// (the H.264 quality belongs to the export dialog, not to the project).
int sectionOf(studio::ParameterId id) {
    using P = studio::ParameterId;
    switch (id) {
        case P::Steps:
        case P::Guidance:
        case P::Seed:
        case P::SizePx:
            return 1;
        case P::TargetFps:
            return 2;
        case P::Crf:
            return -1;
        default:
            return 0;
    }
}

class FieldReader {
public:
    FieldReader(const QJsonObject& object, const QString& projectPath, const QString& section)
        : m_object(object), m_path(projectPath), m_section(section) {}

    double number(const char* key, double fallback) const {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble())
            fail(key, QCoreApplication::translate("vx::ui::ProjectFile", "a number"));
        return v.toDouble();
    }
    QString string(const char* key) const {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(key, QCoreApplication::translate("vx::ui::ProjectFile", "a text"));
        return v.toString();
    }
    template <typename E, size_t N>
    E named(const char* key, const std::pair<E, const char*> (&names)[N], E fallback) const {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        for (const auto& [e, name] : names)
            if (v.toString() == QLatin1String(name))
                return e;
        QStringList allowed;
        for (const auto& entry : names)
            allowed << QString::fromLatin1(entry.second);
        fail(key, QCoreApplication::translate("vx::ui::ProjectFile", "one of %1")
                      .arg(allowed.join(QStringLiteral(", "))));
    }
    // A parameter of the table (studio/parameters.h): a number in its range.
    double parameter(const studio::ParameterSpec& spec, double fallback) const {
        const double v = number(spec.key, fallback);
        try {
            return studio::checkedParameter(spec.id, v, spec.key);
        } catch (const Error&) {
            fail(spec.key, QString::fromStdString(studio::describeRange(spec)));
        }
    }
    std::vector<double> numbers(const char* key) const {
        const QJsonValue v = m_object.value(QLatin1String(key));
        std::vector<double> out;
        if (v.isUndefined())
            return out;
        if (!v.isArray())
            fail(key, QCoreApplication::translate("vx::ui::ProjectFile", "a list of numbers"));
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isDouble())
                fail(key, QCoreApplication::translate("vx::ui::ProjectFile", "a list of numbers"));
            out.push_back(item.toDouble());
        }
        return out;
    }
    [[noreturn]] void fail(const char* key, const QString& expected) const {
        throw ProjectFileError(
            QCoreApplication::translate("vx::ui::ProjectFile", "%1: the field “%2.%3” must be %4.")
                .arg(QDir::toNativeSeparators(m_path), m_section, QLatin1String(key), expected));
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_section;
};

QString storedPath(const QString& input, const QDir& projectDir) {
    if (input.isEmpty())
        return {};
    const QString absolute = QFileInfo(input).absoluteFilePath();
    const QString relative = projectDir.relativeFilePath(absolute);
    const bool beneath =
        !relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative);
    return beneath ? relative : absolute;
}

QString resolvedPath(const QString& stored, const QDir& projectDir) {
    if (stored.isEmpty())
        return {};
    return QDir::cleanPath(projectDir.absoluteFilePath(stored));
}

}  // namespace

QByteArray projectToJson(const ProjectFile& project, const QString& projectPath) {
    const QDir dir = QFileInfo(projectPath).absoluteDir();
    const StudioParameters& p = project.parameters;
    QJsonObject inputs{{QStringLiteral("portrait"), storedPath(project.portraitPath, dir)},
                       {QStringLiteral("audio"), storedPath(project.audioPath, dir)}};
    if (!project.drivingVideoPath.isEmpty())
        inputs.insert(QStringLiteral("drivingVideo"), storedPath(project.drivingVideoPath, dir));
    if (project.crop) {
        const QRect& c = *project.crop;
        inputs.insert(QStringLiteral("crop"), QJsonObject{{QStringLiteral("x"), c.x()},
                                                          {QStringLiteral("y"), c.y()},
                                                          {QStringLiteral("width"), c.width()},
                                                          {QStringLiteral("height"), c.height()}});
    }
    QJsonArray blinks;
    for (double t : p.manualBlinkSec)
        blinks.append(t);
    QJsonObject performance{{QStringLiteral("headPreset"), nameOf(kPresets, p.headPreset)},
                            {QStringLiteral("manualBlinkSec"), blinks}};
    QJsonObject quality{{QStringLiteral("device"), computeDeviceName(p.device)}};
    QJsonObject output{{QStringLiteral("framing"), nameOf(kFramings, p.framing)}};
    QJsonObject* sections[] = {&performance, &quality, &output};
    for (const auto& spec : studio::parameterTable())
        if (const int section = sectionOf(spec.id); section >= 0)
            sections[section]->insert(QLatin1String(spec.key), p.valueOf(spec.id));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("vxproj")},
                           {QStringLiteral("version"), kProjectFormatVersion},
                           {QStringLiteral("inputs"), inputs},
                           {QStringLiteral("performance"), performance},
                           {QStringLiteral("quality"), quality},
                           {QStringLiteral("output"), output}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProjectFile projectFromJson(const QByteArray& json, const QString& projectPath) {
    const QString shown = QDir::toNativeSeparators(projectPath);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw ProjectFileError(QCoreApplication::translate(
                                   "vx::ui::ProjectFile",
                                   "%1 is not a VX Studio project: invalid JSON at byte %2 (%3).")
                                   .arg(shown)
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("vxproj"))
        throw ProjectFileError(
            QCoreApplication::translate(
                "vx::ui::ProjectFile",
                "%1 is not a VX Studio project: its \"format\" is not \"vxproj\".")
                .arg(shown));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1)
        throw ProjectFileError(
            QCoreApplication::translate("vx::ui::ProjectFile", "%1 has no valid format version.")
                .arg(shown));
    if (version.toDouble() > kProjectFormatVersion)
        throw ProjectFileError(QCoreApplication::translate(
                                   "vx::ui::ProjectFile",
                                   "%1 was saved by a newer VX Studio (project format version %2; "
                                   "this one reads up to %3). Update VX Studio to open it.")
                                   .arg(shown)
                                   .arg(version.toInt())
                                   .arg(kProjectFormatVersion));

    const QDir dir = QFileInfo(projectPath).absoluteDir();
    ProjectFile project;
    const FieldReader inputs(root.value(QStringLiteral("inputs")).toObject(), projectPath,
                             QStringLiteral("inputs"));
    project.portraitPath = resolvedPath(inputs.string("portrait"), dir);
    project.audioPath = resolvedPath(inputs.string("audio"), dir);
    project.drivingVideoPath = resolvedPath(inputs.string("drivingVideo"), dir);
    const QJsonValue crop =
        root.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("crop"));
    if (crop.isObject()) {
        const FieldReader c(crop.toObject(), projectPath, QStringLiteral("inputs.crop"));
        const QRect rect(int(c.number("x", -1)), int(c.number("y", -1)), int(c.number("width", 0)),
                         int(c.number("height", 0)));
        if (rect.x() < 0 || rect.y() < 0 || rect.width() <= 0 || rect.height() <= 0)
            c.fail("width", QCoreApplication::translate("vx::ui::ProjectFile",
                                                        "a rectangle inside the photo"));
        project.crop = rect;
    }

    StudioParameters& p = project.parameters;
    const FieldReader perf(root.value(QStringLiteral("performance")).toObject(), projectPath,
                           QStringLiteral("performance"));
    const FieldReader quality(root.value(QStringLiteral("quality")).toObject(), projectPath,
                              QStringLiteral("quality"));
    const FieldReader output(root.value(QStringLiteral("output")).toObject(), projectPath,
                             QStringLiteral("output"));
    const FieldReader* readers[] = {&perf, &quality, &output};
    for (const auto& spec : studio::parameterTable())
        if (const int section = sectionOf(spec.id); section >= 0)
            p.setValue(spec.id, readers[section]->parameter(spec, p.valueOf(spec.id)));
    if (version.toInt() == 1) {
        // Version 1 had one seed for the noise, the head motion and (plus one) the blinks.
        p.motionSeed = p.seed;
        p.blinkSeed = p.seed + 1;
    }
    p.headPreset = perf.named("headPreset", kPresets, p.headPreset);
    p.manualBlinkSec = perf.numbers("manualBlinkSec");

    const QString device = quality.string("device");
    if (!device.isEmpty()) {
        const std::optional<ComputeDevice> known = computeDeviceFromName(device);
        if (!known)
            quality.fail("device", QCoreApplication::translate(
                                       "vx::ui::ProjectFile",
                                       "one of cuda-fp16, cuda-bf16, cuda-fp32, cpu-fp32"));
        p.device = *known;
    }

    p.framing = output.named("framing", kFramings, p.framing);
    return project;
}

void writeProjectFile(const ProjectFile& project, const QString& projectPath) {
    QSaveFile file(projectPath);
    if (!file.open(QIODevice::WriteOnly))
        throw ProjectFileError(
            QCoreApplication::translate("vx::ui::ProjectFile", "%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(projectPath), file.errorString()));
    const QByteArray json = projectToJson(project, projectPath);
    if (file.write(json) != json.size() || !file.commit())
        throw ProjectFileError(
            QCoreApplication::translate("vx::ui::ProjectFile", "%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(projectPath), file.errorString()));
}

ProjectFile readProjectFile(const QString& projectPath) {
    QFile file(projectPath);
    if (!file.open(QIODevice::ReadOnly))
        throw ProjectFileError(
            QCoreApplication::translate("vx::ui::ProjectFile", "%1 cannot be opened: %2")
                .arg(QDir::toNativeSeparators(projectPath), file.errorString()));
    ProjectFile project = projectFromJson(file.readAll(), projectPath);
    for (const QString& input : {project.portraitPath, project.audioPath, project.drivingVideoPath})
        if (!input.isEmpty() && !QFileInfo(input).isFile())
            project.missingInputs << input;
    return project;
}

}  // namespace ui
}  // namespace vx
