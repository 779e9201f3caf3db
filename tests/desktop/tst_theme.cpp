// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The light and dark palettes: WCAG contrast of text (>= 4.5) and lines (>= 3), and applying a theme.
#include "app/core/theme.h"

#include <QGuiApplication>
#include <QTest>

using namespace at;

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contrastFormula();
    void names_data();
    void names();
    void textContrast_data();
    void textContrast();
    void lineContrast_data();
    void lineContrast();
    void disabledTextStaysReadable_data();
    void disabledTextStaysReadable();
    void darkIsDark();
    void applyAndRevert();
};

void TestTheme::contrastFormula()
{
    // Reference values from the WCAG 2.x definition.
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
    QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    QVERIFY(qAbs(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0xab, 0xcd, 0xef)),
             contrastRatio(QColor(0xab, 0xcd, 0xef), QColor(0x12, 0x34, 0x56)));
}

void TestTheme::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("theme");
    QTest::newRow("system") << QStringLiteral("system") << int(Theme::System);
    QTest::newRow("light") << QStringLiteral("light") << int(Theme::Light);
    QTest::newRow("dark") << QStringLiteral("Dark") << int(Theme::Dark);
    QTest::newRow("unknown") << QStringLiteral("solarized") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestTheme::names()
{
    QFETCH(QString, name);
    QFETCH(int, theme);
    const std::optional<Theme> parsed = parseTheme(name);
    QCOMPARE(parsed ? int(*parsed) : -1, theme);
    if (parsed)
        QCOMPARE(themeName(*parsed), name.toLower());
}

namespace {

void addPairs(const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> &pairs)
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<int>("background");
    const std::pair<Theme, const char *> themes[] = {{Theme::Light, "light"}, {Theme::Dark, "dark"}};
    const std::pair<QPalette::ColorGroup, const char *> groups[] = {{QPalette::Active, "active"},
                                                                    {QPalette::Inactive, "inactive"}};
    for (const auto &[theme, themeLabel] : themes) {
        for (const auto &[group, groupLabel] : groups) {
            for (const auto &[fg, bg] : pairs) {
                QTest::addRow("%s %s %d on %d", themeLabel, groupLabel, int(fg), int(bg))
                    << int(theme) << int(group) << int(fg) << int(bg);
            }
        }
    }
}

double ratio(int theme, int group, int fg, int bg)
{
    const QPalette p = themePalette(Theme(theme));
    return contrastRatio(p.color(QPalette::ColorGroup(group), QPalette::ColorRole(fg)),
                         p.color(QPalette::ColorGroup(group), QPalette::ColorRole(bg)));
}

} // namespace

void TestTheme::textContrast_data()
{
    addPairs({{QPalette::Text, QPalette::Base},
              {QPalette::Text, QPalette::AlternateBase},
              {QPalette::Text, QPalette::Window},
              {QPalette::WindowText, QPalette::Window},
              {QPalette::WindowText, QPalette::Base},
              {QPalette::ButtonText, QPalette::Button},
              {QPalette::ToolTipText, QPalette::ToolTipBase},
              {QPalette::HighlightedText, QPalette::Highlight},
              {QPalette::PlaceholderText, QPalette::Base},
              {QPalette::Link, QPalette::Base},
              {QPalette::LinkVisited, QPalette::Base}});
}

void TestTheme::textContrast()
{
    QFETCH(int, theme);
    QFETCH(int, group);
    QFETCH(int, foreground);
    QFETCH(int, background);
    const double r = ratio(theme, group, foreground, background);
    QVERIFY2(r >= 4.5, qPrintable(QStringLiteral("contrast %1 < 4.5").arg(r, 0, 'f', 2)));
}

void TestTheme::lineContrast_data()
{
    // Views draw grid lines, axes and separators with Mid.
    addPairs({{QPalette::Mid, QPalette::Base},
              {QPalette::Mid, QPalette::AlternateBase},
              {QPalette::Mid, QPalette::Window},
              {QPalette::Mid, QPalette::Button}});
}

void TestTheme::lineContrast()
{
    QFETCH(int, theme);
    QFETCH(int, group);
    QFETCH(int, foreground);
    QFETCH(int, background);
    const double r = ratio(theme, group, foreground, background);
    QVERIFY2(r >= 3.0, qPrintable(QStringLiteral("contrast %1 < 3").arg(r, 0, 'f', 2)));
}

void TestTheme::disabledTextStaysReadable_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<int>("background");
    for (Theme t : {Theme::Light, Theme::Dark}) {
        const char *label = t == Theme::Light ? "light" : "dark";
        QTest::addRow("%s text", label) << int(t) << int(QPalette::Text) << int(QPalette::Base);
        QTest::addRow("%s window text", label)
            << int(t) << int(QPalette::WindowText) << int(QPalette::Window);
        QTest::addRow("%s button text", label)
            << int(t) << int(QPalette::ButtonText) << int(QPalette::Button);
    }
}

void TestTheme::disabledTextStaysReadable()
{
    // WCAG exempts disabled controls; we still keep them at the line threshold so that they can be read,
    // and visibly dimmer than enabled text.
    QFETCH(int, theme);
    QFETCH(int, foreground);
    QFETCH(int, background);
    const double disabled = ratio(theme, QPalette::Disabled, foreground, background);
    const double active = ratio(theme, QPalette::Active, foreground, background);
    QVERIFY2(disabled >= 3.0, qPrintable(QString::number(disabled)));
    QVERIFY(disabled < active / 2);
}

void TestTheme::darkIsDark()
{
    QVERIFY(isDark(darkPalette()));
    QVERIFY(!isDark(lightPalette()));
    QVERIFY(relativeLuminance(darkPalette().color(QPalette::Base)) < 0.05);
    QVERIFY(relativeLuminance(lightPalette().color(QPalette::Base)) > 0.9);
}

void TestTheme::applyAndRevert()
{
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    const QPalette platform = QGuiApplication::palette();

    applyTheme(*app, Theme::Dark);
    QCOMPARE(QGuiApplication::palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(QGuiApplication::palette().color(QPalette::Text), darkPalette().color(QPalette::Text));

    applyTheme(*app, Theme::Light);
    QCOMPARE(QGuiApplication::palette().color(QPalette::Base), QColor(Qt::white));
    QCOMPARE(QGuiApplication::palette().color(QPalette::Window), QColor(0xf3, 0xf3, 0xf3));

    applyTheme(*app, Theme::System);
    QCOMPARE(QGuiApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
    QCOMPARE(QGuiApplication::palette().color(QPalette::Text), platform.color(QPalette::Text));
    QVERIFY(QGuiApplication::palette().color(QPalette::Window) != QColor(0xf3, 0xf3, 0xf3));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
