// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/theme.h"

#include <QGuiApplication>
#include <cmath>
#include <span>

namespace at {

namespace {

// One row per colour role: the colour in the Active and Inactive groups, and in the Disabled group.
struct RoleColors {
    QPalette::ColorRole role;
    QRgb normal;
    QRgb disabled;
};

// Chosen for WCAG contrast (tests/desktop/tst_theme.cpp): text on
// Base/Window/Button/AlternateBase/ToolTipBase and HighlightedText on Highlight >= 4.5, Mid (lines) on
// Base/Window >= 3, disabled text >= 3.
constexpr RoleColors lightTable[] = {
    {QPalette::Window, 0xfff3f3f3, 0xfff3f3f3},      {QPalette::WindowText, 0xff1c1c1c, 0xff767676},
    {QPalette::Base, 0xffffffff, 0xfff3f3f3},        {QPalette::AlternateBase, 0xfff4f6f8, 0xfff3f3f3},
    {QPalette::Text, 0xff1c1c1c, 0xff767676},        {QPalette::PlaceholderText, 0xff666666, 0xff767676},
    {QPalette::ToolTipBase, 0xfffffbe0, 0xfffffbe0}, {QPalette::ToolTipText, 0xff1c1c1c, 0xff1c1c1c},
    {QPalette::Button, 0xffe8e8e8, 0xffececec},      {QPalette::ButtonText, 0xff1c1c1c, 0xff767676},
    {QPalette::BrightText, 0xffffffff, 0xffffffff},  {QPalette::Light, 0xffffffff, 0xffffffff},
    {QPalette::Midlight, 0xffdcdcdc, 0xffdcdcdc},    {QPalette::Mid, 0xff858585, 0xffa0a0a0},
    {QPalette::Dark, 0xff5e5e5e, 0xff8a8a8a},        {QPalette::Shadow, 0xff303030, 0xff505050},
    {QPalette::Highlight, 0xff2a62a8, 0xffb8c6d8},   {QPalette::HighlightedText, 0xffffffff, 0xff3c3c3c},
    {QPalette::Link, 0xff0b57a4, 0xff767676},        {QPalette::LinkVisited, 0xff6b3fa0, 0xff767676},
};

constexpr RoleColors darkTable[] = {
    {QPalette::Window, 0xff2b2b2b, 0xff2b2b2b},      {QPalette::WindowText, 0xffe8e8e8, 0xff8c8c8c},
    {QPalette::Base, 0xff1e1e1e, 0xff262626},        {QPalette::AlternateBase, 0xff262a2e, 0xff262626},
    {QPalette::Text, 0xffe8e8e8, 0xff8c8c8c},        {QPalette::PlaceholderText, 0xff9c9c9c, 0xff8c8c8c},
    {QPalette::ToolTipBase, 0xff3a3a3a, 0xff3a3a3a}, {QPalette::ToolTipText, 0xfff0f0f0, 0xfff0f0f0},
    {QPalette::Button, 0xff373737, 0xff303030},      {QPalette::ButtonText, 0xffe8e8e8, 0xff8c8c8c},
    {QPalette::BrightText, 0xffffffff, 0xffffffff},  {QPalette::Light, 0xff4d4d4d, 0xff444444},
    {QPalette::Midlight, 0xff424242, 0xff3a3a3a},    {QPalette::Mid, 0xff858585, 0xff5c5c5c},
    {QPalette::Dark, 0xff191919, 0xff191919},        {QPalette::Shadow, 0xff0a0a0a, 0xff0a0a0a},
    {QPalette::Highlight, 0xff2d64a8, 0xff3a4656},   {QPalette::HighlightedText, 0xffffffff, 0xff9a9a9a},
    {QPalette::Link, 0xff6fb3ff, 0xff8c8c8c},        {QPalette::LinkVisited, 0xffc6a2ff, 0xff8c8c8c},
};

QPalette fromTable(std::span<const RoleColors> table)
{
    QPalette palette;
    for (const RoleColors &row : table) {
        palette.setColor(QPalette::Active, row.role, QColor::fromRgb(row.normal));
        palette.setColor(QPalette::Inactive, row.role, QColor::fromRgb(row.normal));
        palette.setColor(QPalette::Disabled, row.role, QColor::fromRgb(row.disabled));
    }
    return palette;
}

double linearChannel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Theme> parseTheme(QStringView name)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(themeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QPalette lightPalette()
{
    return fromTable(lightTable);
}

QPalette darkPalette()
{
    return fromTable(darkTable);
}

QPalette themePalette(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return lightPalette();
    case Theme::Dark:
        return darkPalette();
    case Theme::System:
        break;
    }
    return QPalette();
}

void applyTheme(QGuiApplication &app, Theme theme)
{
    // A palette with no role set resolves to the platform (or style) palette: that is "follow the system".
    app.setPalette(themePalette(theme));
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) <
           relativeLuminance(palette.color(QPalette::WindowText));
}

double relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linearChannel(c.redF()) + 0.7152 * linearChannel(c.greenF()) +
           0.0722 * linearChannel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace at
