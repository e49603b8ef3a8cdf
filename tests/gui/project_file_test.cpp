// The .vxproj format on its own: every field survives writing and reading, inputs beneath the
// project are stored relative to it, and broken files are refused with a message that names
// the file and the problem.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "ui/project_file.h"

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
        p.crop = QRect(40, 52, 300, 300);
        vx::ui::StudioParameters& s = p.parameters;
        s.expressionPercent = 71;
        s.identityPercent = 33;
        s.headPreset = vx::motion::HeadMotionPreset::LivelySpeaker;
        s.headAmountPercent = 64;
        s.yawRangeDeg = 11.5;
        s.pitchRangeDeg = 6.5;
        s.rollRangeDeg = 2.5;
        s.tempo = 1.7;
        s.speechFollowPercent = 81;
        s.blinkRatePerMinute = 22;
        s.manualBlinkSec = {0.25, 1.125, 2.5};
        s.steps = 31;
        s.guidanceScale = 4.2;
        s.resolutionPx = 576;
        s.seed = 4000000000u;  // above INT_MAX: the whole uint32 range survives
        s.device = vx::ui::ComputeDevice::CudaBf16;
        s.targetFps = 25.0;
        s.framing = vx::ui::OutputFraming::PasteBack;
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
}

void ProjectFileTest::everyFieldSurvivesWriteAndRead() {
    const ProjectFile written = sample();
    const QString path = m_dir->filePath(QStringLiteral("talk.vxproj"));
    vx::ui::writeProjectFile(written, path);
    const ProjectFile read = vx::ui::readProjectFile(path);
    QCOMPARE(read.portraitPath, written.portraitPath);
    QCOMPARE(read.audioPath, written.audioPath);
    QVERIFY(read.crop.has_value());
    QCOMPARE(*read.crop, *written.crop);
    QVERIFY(read.missingInputs.isEmpty());
    const vx::ui::StudioParameters& a = read.parameters;
    const vx::ui::StudioParameters& b = written.parameters;
    QCOMPARE(a.expressionPercent, b.expressionPercent);
    QCOMPARE(a.identityPercent, b.identityPercent);
    QCOMPARE(a.headPreset, b.headPreset);
    QCOMPARE(a.headAmountPercent, b.headAmountPercent);
    QCOMPARE(a.yawRangeDeg, b.yawRangeDeg);
    QCOMPARE(a.pitchRangeDeg, b.pitchRangeDeg);
    QCOMPARE(a.rollRangeDeg, b.rollRangeDeg);
    QCOMPARE(a.tempo, b.tempo);
    QCOMPARE(a.speechFollowPercent, b.speechFollowPercent);
    QCOMPARE(a.blinkRatePerMinute, b.blinkRatePerMinute);
    QCOMPARE(a.manualBlinkSec, b.manualBlinkSec);
    QCOMPARE(a.steps, b.steps);
    QCOMPARE(a.guidanceScale, b.guidanceScale);
    QCOMPARE(a.resolutionPx, b.resolutionPx);
    QCOMPARE(a.seed, b.seed);
    QCOMPARE(a.device, b.device);
    QCOMPARE(a.targetFps, b.targetFps);
    QCOMPARE(a.framing, b.framing);

    // The format marker and version are in the file for other tools to see.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("vxproj"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
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
    QCOMPARE(read.parameters.steps, 31);  // the rest is read
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
#include "project_file_test.moc"
