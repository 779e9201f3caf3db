// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <optional>

class QGuiApplication;

namespace at {

// The application's colour theme, as chosen in Preferences and stored under keys::theme.
enum class Theme { System, Light, Dark };

// The settings value: "system", "light", "dark".
QString themeName(Theme theme);
std::optional<Theme> parseTheme(QStringView name);

// The palettes, built from one table each (theme.cpp). Custom-drawn views draw text with Text/WindowText and
// lines (grid, axes, separators) with Mid: those pairs are the ones the contrast test checks.
QPalette lightPalette();
QPalette darkPalette();
// Light and Dark give the palettes above; System gives an empty palette, which the application resolves
// against the platform's own.
QPalette themePalette(Theme theme);

// Sets the application palette (and so every widget's). System goes back to the platform's palette. Qt 6.4
// cannot ask the platform for its colour scheme, so "follow the system" means "use the platform palette".
void applyTheme(QGuiApplication &app, Theme theme);

// True when a palette draws light text on a dark window: views pick their own accent colours by it.
bool isDark(const QPalette &palette);

// WCAG 2.x relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21) of two opaque colours.
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

} // namespace at
