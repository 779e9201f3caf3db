// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// qcustomplot.h is written with the Qt keywords (signals, foreach) that this project turns off
// (QT_NO_KEYWORDS); map them to their macro forms for this one header and nothing else.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef foreach
