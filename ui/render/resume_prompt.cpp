#include "ui/render/resume_prompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace vx {
namespace ui {

namespace {

QString resumeLabel() {
    return QCoreApplication::translate("vx::ui::ResumePrompt", "&Resume");
}

QString startOverLabel() {
    return QCoreApplication::translate("vx::ui::ResumePrompt", "&Start Over");
}

QString withoutMnemonic(QString label) {
    return label.remove(QLatin1Char('&'));
}

}  // namespace

ResumeChoice askToResumeRender(QWidget* parent, const QString& output, const QString& progress) {
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("vx::ui::ResumePrompt", "Interrupted Render"),
                    QCoreApplication::translate("vx::ui::ResumePrompt",
                                                "An interrupted render of %1 was saved (%2).")
                        .arg(QFileInfo(output).fileName(), progress),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("resumeRenderBox"));
    box.setInformativeText(QCoreApplication::translate(
        "vx::ui::ResumePrompt", "Resume it where it stopped, or discard it and start over?"));
    box.setDetailedText(QDir::toNativeSeparators(output));
    QPushButton* resume = box.addButton(resumeLabel(), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    QPushButton* startOver = box.addButton(startOverLabel(), QMessageBox::DestructiveRole);
    startOver->setObjectName(QStringLiteral("startOverButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(resume);
    box.exec();
    if (box.clickedButton() == resume)
        return ResumeChoice::Resume;
    if (box.clickedButton() == startOver)
        return ResumeChoice::StartOver;
    return ResumeChoice::Cancel;
}

StartUpResumeChoice askToResumeAtStart(QWidget* parent, const QString& output,
                                       const QString& progress) {
    QMessageBox box(
        QMessageBox::Question,
        QCoreApplication::translate("vx::ui::ResumePrompt", "Interrupted Render"),
        QCoreApplication::translate("vx::ui::ResumePrompt",
                                    "The render of %1 was interrupted (%2). Resume it now?")
            .arg(QFileInfo(output).fileName(), progress),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, parent);
    box.setObjectName(QStringLiteral("interruptedRenderBox"));
    box.setInformativeText(QCoreApplication::translate(
        "vx::ui::ResumePrompt",
        "No keeps it: rendering to the same file later offers to resume "
        "it. Discard deletes it."));
    box.setDetailedText(QDir::toNativeSeparators(output));
    box.setDefaultButton(QMessageBox::Yes);
    switch (box.exec()) {
        case QMessageBox::Yes:
            return StartUpResumeChoice::ResumeNow;
        case QMessageBox::Discard:
            return StartUpResumeChoice::Discard;
        default:
            return StartUpResumeChoice::Later;
    }
}

QString resumeButtonName() {
    return withoutMnemonic(resumeLabel());
}

QString startOverButtonName() {
    return withoutMnemonic(startOverLabel());
}

}  // namespace ui
}  // namespace vx
