// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

#include <array>

namespace initviz::ui {

namespace {
const QString kLanguageKey = QStringLiteral("window/language");
const QString kCatalogueDirectory = QStringLiteral(":/i18n");
const QString kCatalogueName = QStringLiteral("initviz");
const QString kQtCatalogueName = QStringLiteral("qtbase");
constexpr int kStatusMessageMs = 8000;

/// Each language a user can choose: its settings value, the locale whose catalogue it loads
/// (none for the source English) and its name in its own language (never translated: a
/// reader looks for the name of the language they read).
struct LanguageEntry {
    UiLanguage language;
    const char* settingsValue;
    const char* catalogueLocale;
    const char* nativeName;
};
constexpr std::array<LanguageEntry, 3> kLanguages{{
    {UiLanguage::System, "system", nullptr, nullptr},
    {UiLanguage::English, "en", nullptr, "English"},
    {UiLanguage::SimplifiedChinese, "zh_CN", "zh_CN", "\u7b80\u4f53\u4e2d\u6587"},
}};

const LanguageEntry& entryFor(UiLanguage language)
{
    for (const LanguageEntry& entry : kLanguages) {
        if (entry.language == language)
            return entry;
    }
    return kLanguages.front();
}

/// Which of our languages the desktop's preference list (QLocale::uiLanguages: LANGUAGE, then
/// LC_ALL / LC_MESSAGES / LANG) asks for first; English when it names none of them.
UiLanguage systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English)
            return UiLanguage::English;
        // Simplified Chinese: zh, zh-CN, zh-SG, zh-Hans; Traditional (zh-TW, zh-Hant) is not it.
        if (locale.language() == QLocale::Chinese
            && locale.script() != QLocale::TraditionalChineseScript)
            return UiLanguage::SimplifiedChinese;
    }
    return UiLanguage::English;
}

QTranslator& ourTranslator()
{
    static QTranslator* translator = new QTranslator(QCoreApplication::instance());
    return *translator;
}

QTranslator& qtTranslator()
{
    static QTranslator* translator = new QTranslator(QCoreApplication::instance());
    return *translator;
}
} // namespace

UiLanguage rememberedLanguage()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    for (const LanguageEntry& entry : kLanguages) {
        if (value == QLatin1String(entry.settingsValue))
            return entry.language;
    }
    return UiLanguage::System; // none remembered, or a value this version does not know
}

void rememberLanguage(UiLanguage language)
{
    QSettings().setValue(kLanguageKey, QString::fromLatin1(entryFor(language).settingsValue));
}

UiLanguage installTranslations(UiLanguage language)
{
    QCoreApplication::removeTranslator(&ourTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    const UiLanguage effective = language == UiLanguage::System ? systemLanguage() : language;
    const char* locale = entryFor(effective).catalogueLocale;
    if (locale == nullptr)
        return UiLanguage::English;
    const QString suffix = QLatin1Char('_') + QLatin1String(locale);
    if (!ourTranslator().load(kCatalogueName + suffix, kCatalogueDirectory))
        return UiLanguage::English; // the build embeds every catalogue; English is still usable
    QCoreApplication::installTranslator(&ourTranslator());
    // Qt's own dialogs (file dialog, message boxes) in the same language, where Debian's
    // qt6-translations-l10n is installed; without it they stay English.
    if (qtTranslator().load(kQtCatalogueName + suffix,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    return effective;
}

QMenu* createLanguageMenu(QMainWindow* window)
{
    auto* menu
        = new QMenu(QCoreApplication::translate("initviz::ui::Language", "&Language"), window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const UiLanguage remembered = rememberedLanguage();
    for (const LanguageEntry& entry : kLanguages) {
        const QString name = entry.nativeName != nullptr
            ? QString::fromUtf8(entry.nativeName)
            //: Language menu: use the desktop's language
            : QCoreApplication::translate("initviz::ui::Language", "Follow the &system");
        QAction* action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + QLatin1String(entry.settingsValue));
        action->setCheckable(true);
        action->setChecked(entry.language == remembered);
        group->addAction(action);
        const UiLanguage language = entry.language;
        QObject::connect(action, &QAction::triggered, window, [window, language] {
            rememberLanguage(language);
            window->statusBar()->showMessage(
                QCoreApplication::translate("initviz::ui::Language",
                                            "The language changes when InitViz next starts."),
                kStatusMessageMs);
        });
    }
    return menu;
}

} // namespace initviz::ui
