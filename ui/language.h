// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QMainWindow;
class QMenu;

namespace initviz::ui {

/// The languages the window speaks: its source English, or a translation in
/// resources/translations. System follows the desktop's LANGUAGE / LANG.
enum class UiLanguage { System, English, SimplifiedChinese };

/// The language View → Language chose (remembered in the settings; System when none was).
[[nodiscard]] UiLanguage rememberedLanguage();
void rememberLanguage(UiLanguage language);

/// Installs on the application the translators for `language`: InitViz's own catalogue (embedded
/// under :/i18n) and Qt's for its dialogs (qtbase_*.qm, Debian qt6-translations-l10n), replacing
/// any installed before. For System, the first of the desktop's languages that InitViz speaks
/// wins (English included), as gettext picks from LANGUAGE. Returns the language it installed
/// (English when it installed none). Needs a QCoreApplication.
UiLanguage installTranslations(UiLanguage language);

/// View → Language: follow the system, English or 简体中文, each named in its own language. A
/// choice is remembered and applies when InitViz next starts; `window`'s status bar says so.
[[nodiscard]] QMenu* createLanguageMenu(QMainWindow* window);

} // namespace initviz::ui
