// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/language.h"
#include "app/core/theme.h"

#include <QSize>
#include <QString>

namespace at {

class Settings;

// Everything the Preferences dialog edits, as one value: read from and written to Settings in one place.
struct Preferences {
    Language language = Language::System;
    Theme theme = Theme::System;
    QString annotationAuthor;
    QSize exportSize{1920, 1080};
    qint64 importSizeCap = 0; // bytes; 0: derived from the computer's memory (app/core/import/importlimit.h)

    // The keys' defaults (settings.h).
    static Preferences defaults();
    // Unreadable stored values (an unknown theme name, "abcxdef" for a size) fall back to the defaults.
    static Preferences load(const Settings &settings);
    void save(Settings &settings) const;

    bool operator==(const Preferences &) const = default;
};

} // namespace at
