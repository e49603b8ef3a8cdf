// The .vxproj format on its own: every field survives writing and reading, inputs beneath the
// project are stored relative to it, and broken files are refused with a message that names
// the file and the problem.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "project_test_support.h"
#include "ui/project/project_file.h"

using vx::ui::ProjectFile;
using vx::ui::ProjectFileError;

class ProjectFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyFieldSurvivesWriteAndRead();
    void inputsBeneathTheProjectAreStoredRelative();
    void missingInputsAreListedNotRefused();
    void invalidJsonIsRefusedNamingTheFile();
    void anotherFormatIsRefused();
    void newerVersionIsRefused();
    void malformedFieldIsRefusedNamingTheField();
    void unreadableFileIsRefusedNamingTheFile();
    void version1ProjectKeepsItsSeedsMeaning();
    void outOfRangeValuesAreRefusedWithTheTablesRange();

private:
    void writeText(const QString& path, const QByteArray& text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    // Reads `path`, expecting a refusal; returns its message.
    QString refusal(const QString& path) {
        try {
            vx::ui::readProjectFile(path);
        } catch (const ProjectFileError& e) {
            return e.message();
        }
        return QString();
    }
    ProjectFile sample() {
        ProjectFile p;
        p.portraitPath = m_dir->filePath(QStringLiteral("media/face.png"));
        p.audioPath = m_dir->filePath(QStringLiteral("media/voice.wav"));
        p.drivingVideoPath = m_dir->filePath(QStringLiteral("media/head.mp4"));
        p.crop = QRect(40, 52, 300, 300);
        p.parameters = vx::test::nonDefaultParameters(vx::studio::ComputeDevice::CudaBf16);
        p.parameters.seed = 4000000000u;  // above INT_MAX: the whole uint32 range survives
        p.parameters.targetFps = 25.0;
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void ProjectFileTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("media")));
    writeText(m_dir->filePath(QStringLiteral("media/face.png")), "x");
    writeText(m_dir->filePath(QStringLiteral("media/voice.wav")), "x");
    writeText(m_dir->filePath(QStringLiteral("media/head.mp4")), "x");
}

void ProjectFileTest::everyFieldSurvivesWriteAndRead() {
    const ProjectFile written = sample();
    const QString path = m_dir->filePath(QStringLiteral("talk.vxproj"));
    vx::ui::writeProjectFile(written, path);
    const ProjectFile read = vx::ui::readProjectFile(path);
    QCOMPARE(read.portraitPath, written.portraitPath);
    QCOMPARE(read.audioPath, written.audioPath);
    QCOMPARE(read.drivingVideoPath, written.drivingVideoPath);
    QVERIFY(read.crop.has_value());
    QCOMPARE(*read.crop, *written.crop);
    QVERIFY(read.missingInputs.isEmpty());
    const QString differences = vx::test::parameterDifferences(read.parameters, written.parameters);
    QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("differ: ") + differences));

    // The format marker and version are in the file for other tools to see.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("vxproj"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), vx::ui::kProjectFormatVersion);
}

void ProjectFileTest::inputsBeneathTheProjectAreStoredRelative() {
    ProjectFile project = sample();
    QTemporaryDir elsewhere;
    project.audioPath = elsewhere.filePath(QStringLiteral("outside.wav"));
    const QJsonObject root =
        QJsonDocument::fromJson(
            vx::ui::projectToJson(project, m_dir->filePath(QStringLiteral("talk.vxproj"))))
            .object();
    const QJsonObject inputs = root.value(QStringLiteral("inputs")).toObject();
    QCOMPARE(inputs.value(QStringLiteral("portrait")).toString(), QStringLiteral("media/face.png"));
    QCOMPARE(inputs.value(QStringLiteral("audio")).toString(), project.audioPath);

    // A copy of the whole folder elsewhere finds its own copy of the portrait.
    const QString saved = m_dir->filePath(QStringLiteral("talk.vxproj"));
    vx::ui::writeProjectFile(sample(), saved);
    QTemporaryDir copy;
    QVERIFY(QDir(copy.path()).mkpath(QStringLiteral("media")));
    QVERIFY(QFile::copy(saved, copy.filePath(QStringLiteral("talk.vxproj"))));
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("media/face.png")),
                        copy.filePath(QStringLiteral("media/face.png"))));
    const ProjectFile read = vx::ui::readProjectFile(copy.filePath(QStringLiteral("talk.vxproj")));
    QCOMPARE(read.portraitPath, copy.filePath(QStringLiteral("media/face.png")));
    QVERIFY(!read.missingInputs.contains(read.portraitPath));
    QVERIFY(read.missingInputs.contains(read.audioPath));  // media/voice.wav was not copied
}

void ProjectFileTest::missingInputsAreListedNotRefused() {
    const QString path = m_dir->filePath(QStringLiteral("talk.vxproj"));
    vx::ui::writeProjectFile(sample(), path);
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("media/face.png"))));
    const ProjectFile read = vx::ui::readProjectFile(path);
    QCOMPARE(read.missingInputs, QStringList{m_dir->filePath(QStringLiteral("media/face.png"))});
    QCOMPARE(read.parameters.steps, sample().parameters.steps);  // the rest is read
    QVERIFY(!read.audioPath.isEmpty());
}

void ProjectFileTest::invalidJsonIsRefusedNamingTheFile() {
    const QString path = m_dir->filePath(QStringLiteral("broken.vxproj"));
    writeText(path, "{\"format\": \"vxproj\", \"version\": 1,");
    const QString message = refusal(path);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("invalid JSON")), qPrintable(message));
}

void ProjectFileTest::anotherFormatIsRefused() {
    const QString path = m_dir->filePath(QStringLiteral("other.vxproj"));
    writeText(path, "{\"format\": \"something-else\", \"version\": 1}");
    const QString message = refusal(path);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)) &&
                 message.contains(QStringLiteral("not a VX Studio project")),
             qPrintable(message));
}

void ProjectFileTest::newerVersionIsRefused() {
    const QString path = m_dir->filePath(QStringLiteral("future.vxproj"));
    writeText(path, "{\"format\": \"vxproj\", \"version\": 7}");
    const QString message = refusal(path);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)) &&
                 message.contains(QStringLiteral("newer VX Studio")) &&
                 message.contains(QStringLiteral("7")),
             qPrintable(message));
}

void ProjectFileTest::malformedFieldIsRefusedNamingTheField() {
    const QString path = m_dir->filePath(QStringLiteral("odd.vxproj"));
    writeText(path, "{\"format\": \"vxproj\", \"version\": 1, \"quality\": {\"steps\": \"many\"}}");
    QString message = refusal(path);
    QVERIFY2(message.contains(QStringLiteral("quality.steps")), qPrintable(message));
    writeText(path, "{\"format\": \"vxproj\", \"version\": 1, \"quality\": {\"device\": \"tpu\"}}");
    message = refusal(path);
    QVERIFY2(message.contains(QStringLiteral("quality.device")), qPrintable(message));
}

void ProjectFileTest::unreadableFileIsRefusedNamingTheFile() {
    const QString path = m_dir->filePath(QStringLiteral("absent.vxproj"));
    const QString message = refusal(path);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
}

QTEST_GUILESS_MAIN(ProjectFileTest)
// Version 1 had one seed for the noise, the head motion and (plus one) the blinks: the migrated
// project renders and previews exactly as before.
void ProjectFileTest::version1ProjectKeepsItsSeedsMeaning() {
    const QString path = m_dir->filePath(QStringLiteral("v1.vxproj"));
    writeText(path, "{\"format\": \"vxproj\", \"version\": 1, \"quality\": {\"seed\": 1234}}");
    const auto project = vx::ui::readProjectFile(path);
    QCOMPARE(project.parameters.seed, 1234u);
    QCOMPARE(project.parameters.motionSeed, 1234u);
    QCOMPARE(project.parameters.blinkSeed, 1235u);
    const auto motion = project.parameters.toPerformanceSettings();
    QCOMPARE(motion.head.seed, uint64_t(1234));
    QCOMPARE(motion.blinks.seed, uint64_t(1235));
}

// The ranges are those of the parameter table, whichever field it is.
void ProjectFileTest::outOfRangeValuesAreRefusedWithTheTablesRange() {
    const struct {
        const char* json;
        const char* field;
        const char* range;
    } cases[] = {
        {"{\"format\": \"vxproj\", \"version\": 2, \"quality\": {\"steps\": 500}}", "quality.steps",
         "between 1 and 100"},
        {"{\"format\": \"vxproj\", \"version\": 2, \"quality\": {\"resolutionPx\": 65}}",
         "quality.resolutionPx", "a multiple of 8 between 64 and 1024 px"},
        {"{\"format\": \"vxproj\", \"version\": 2, \"performance\": {\"blinkDurationMs\": 5}}",
         "performance.blinkDurationMs", "between 80 and 500 ms"},
        {"{\"format\": \"vxproj\", \"version\": 2, \"output\": {\"targetFps\": 0}}",
         "output.targetFps", "between 1 and 60 fps"},
        {"{\"format\": \"vxproj\", \"version\": 2, \"quality\": {\"seed\": -1}}", "quality.seed",
         "between 0 and 4294967295"},
    };
    for (const auto& c : cases) {
        const QString path = m_dir->filePath(QStringLiteral("range.vxproj"));
        writeText(path, c.json);
        const QString message = refusal(path);
        QVERIFY2(message.contains(QLatin1String(c.field)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String(c.range)), qPrintable(message));
    }
}

#include "project_file_test.moc"
