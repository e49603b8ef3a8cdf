#include "ui/app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace vx {
namespace ui {

Translations::Translations(QObject* parent) : QObject(parent) {}

QStringList Translations::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString Translations::preferredLanguage() {
    QSettings settings;
    const QString saved = settings.value(QStringLiteral("ui/language")).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void Translations::removeInstalled() {
    for (QTranslator** t : {&m_own, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool Translations::setLanguage(const QString& language) {
    if (!availableLanguages().contains(language))
        return false;
    auto* own = new QTranslator(this);
    if (!own->load(QStringLiteral(":/i18n/vxstudio_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    removeInstalled();
    QCoreApplication::installTranslator(own);
    m_own = own;
    auto* qt = new QTranslator(this);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }
    m_language = language;
    return true;
}

}  // namespace ui
}  // namespace vx
