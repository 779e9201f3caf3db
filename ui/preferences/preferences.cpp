// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/preferences/preferences.h"

#include "app/core/settings.h"

namespace at {

Preferences Preferences::defaults()
{
    Preferences p;
    p.language = parseLanguage(keys::language.defaultValue).value_or(Language::System);
    p.theme = parseTheme(keys::theme.defaultValue).value_or(Theme::System);
    p.annotationAuthor = keys::annotationAuthor.defaultValue;
    p.exportSize = parseExportSize(keys::exportSize.defaultValue);
    p.importSizeCap = keys::importSizeCap.defaultValue;
    return p;
}

Preferences Preferences::load(const Settings &settings)
{
    const Preferences d = defaults();
    Preferences p;
    p.language = parseLanguage(settings.value(keys::language)).value_or(d.language);
    p.theme = parseTheme(settings.value(keys::theme)).value_or(d.theme);
    p.annotationAuthor = settings.value(keys::annotationAuthor);
    const QSize size = parseExportSize(settings.value(keys::exportSize));
    p.exportSize = size.isValid() ? size : d.exportSize;
    const qint64 cap = settings.value(keys::importSizeCap);
    p.importSizeCap = cap > 0 ? cap : d.importSizeCap; // an unreadable or negative value: automatic
    return p;
}

void Preferences::save(Settings &settings) const
{
    settings.setValue(keys::language, languageCode(language));
    settings.setValue(keys::theme, themeName(theme));
    settings.setValue(keys::annotationAuthor, annotationAuthor.trimmed());
    settings.setValue(keys::exportSize, exportSizeText(exportSize));
    settings.setValue(keys::importSizeCap, importSizeCap);
}

} // namespace at
