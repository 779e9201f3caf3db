// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace at {

namespace {

// The translators applyLanguage() installs carry this name, so that the next call can find and replace them.
constexpr auto translatorName = "at-language-translator";

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English;
}

bool install(QCoreApplication &app, const QLocale &locale, const QString &file, const QString &dir)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1StringView(translatorName));
    if (!translator->load(locale, file, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString languageCode(Language language)
{
    switch (language) {
    case Language::System:
        return {};
    case Language::English:
        return QStringLiteral("en");
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    }
    return {};
}

std::optional<Language> parseLanguage(QStringView text)
{
    const QString t = text.trimmed().toString().toLower().replace(u'-', u'_');
    if (t.isEmpty() || t == u"system")
        return Language::System;
    if (t == u"en" || t.startsWith(u"en_"))
        return Language::English;
    if (t == u"zh" || t == u"zh_cn" || t == u"zh_hans" || t == u"zh_hans_cn")
        return Language::SimplifiedChinese;
    return std::nullopt;
}

QLocale localeFor(Language language, const QLocale &system)
{
    if (language == Language::SimplifiedChinese ||
        (language == Language::System && system.language() == QLocale::Chinese))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (isEnglish(system))
        return system;
    // English with the system's territory where Qt has such a locale (en_DE, en_FR...); Qt gives en_US for a
    // pair it does not know.
    return QLocale(QLocale::English, system.territory());
}

QLocale chooseLocale(std::optional<Language> commandLine, Language setting, const QLocale &system)
{
    return localeFor(commandLine.value_or(setting), system);
}

LanguageLoad applyLanguage(QCoreApplication &app, const QLocale &locale, const QString &appQmDir)
{
    QLocale::setDefault(locale);
    const auto previous =
        app.findChildren<QTranslator *>(QLatin1StringView(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : previous) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (isEnglish(locale))
        return {true, true}; // the source strings are English; Qt's own are too
    LanguageLoad result;
    result.qtTranslation =
        install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    result.appTranslation = install(app, locale, QStringLiteral("alliance-timeline"), appQmDir);
    return result;
}

} // namespace at
