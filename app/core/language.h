// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLocale>
#include <QString>
#include <optional>

class QCoreApplication;

namespace at {

// The user-interface language, as chosen in Preferences (keys::language) or with --lang.
enum class Language { System, English, SimplifiedChinese };

// The settings value: "" (follow the system), "en", "zh_CN".
QString languageCode(Language language);
// Accepts the settings values and what a user types after --lang: "system", "en", "en_US", "zh", "zh_CN",
// "zh-CN", "zh_Hans"... (case-insensitive). Anything else is nullopt.
std::optional<Language> parseLanguage(QStringView text);

// The locale for a choice. The app speaks English and Simplified Chinese only, so System maps the system
// locale onto one of them: any Chinese locale gives zh_CN; any other keeps its territory in English (en_GB
// stays en_GB, de_DE gives en_DE, a pair Qt does not know gives en_US). English chosen explicitly does the
// same.
QLocale localeFor(Language language, const QLocale &system);

// The command line wins over the setting, which wins over the system.
QLocale chooseLocale(std::optional<Language> commandLine, Language setting, const QLocale &system);

// What applyLanguage() loaded.
struct LanguageLoad {
    bool appTranslation = false; // our own strings (English needs none: true)
    bool qtTranslation = false;  // Qt's own dialogs and buttons (qtbase_*.qm; English needs none: true)
};

// Makes `locale` the default locale and installs the translators for it (the app's from `appQmDir`, Qt's
// from QLibraryInfo::TranslationsPath), replacing the ones an earlier call installed. The translators are
// children of `app`. Widgets get a LanguageChange event.
LanguageLoad applyLanguage(QCoreApplication &app, const QLocale &locale,
                           const QString &appQmDir = QStringLiteral(":/i18n"));

} // namespace at
