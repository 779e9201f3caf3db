// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/localtext.h"

namespace at {

TextLanguage textLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? TextLanguage::Chinese : TextLanguage::English;
}

} // namespace at
