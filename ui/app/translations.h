// The application's own and Qt's translations for one language ("en", "de"), switchable at
// run time. Owned by the application object.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace vx {
namespace ui {

class Translations : public QObject {
    Q_OBJECT
public:
    explicit Translations(QObject* parent = nullptr);

    // Languages with a complete translation.
    static QStringList availableLanguages();
    // The language from the settings, else the system locale's when available, else English.
    static QString preferredLanguage();

    // Replaces the installed translators with those for `language`; returns false, keeping the
    // current language, when VX Studio has no translation for it.
    bool setLanguage(const QString& language);
    const QString& language() const { return m_language; }

private:
    void removeInstalled();

    QString m_language;
    QTranslator* m_own = nullptr;
    QTranslator* m_qt = nullptr;
};

}  // namespace ui
}  // namespace vx
