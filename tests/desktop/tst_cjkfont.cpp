// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Chinese really renders: a font with Han glyphs is installed, and 中 drawn with it is not a missing-glyph
// box. A "the image is not blank" check passes on tofu boxes too, so the glyph is
// compared with the box the same font draws for a character it lacks.
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTest>

class TestCjkFont : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fontHasHanGlyphs();
    void glyphIsNotTofu_data();
    void glyphIsNotTofu();
    void defaultFontFallsBackToIt();

private:
    QString m_family;
};

namespace {

// Draws `text` in black on white, without font merging when `merge` is false, so that the named font alone
// decides what appears.
QImage render(const QString &family, const QString &text, bool merge)
{
    QFont font(family);
    font.setPixelSize(48);
    if (!merge)
        font.setStyleStrategy(QFont::NoFontMerging);
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(image.rect(), Qt::AlignCenter, text);
    p.end();
    return image;
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 128;
    return n;
}

int differentPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 64;
    return n;
}

} // namespace

void TestCjkFont::initTestCase()
{
    // The font the .deb depends on, else any installed font that says it covers Simplified Chinese.
    const QStringList han = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &f : han) {
        if (f.contains(QLatin1StringView("WenQuanYi Micro Hei"), Qt::CaseInsensitive)) {
            m_family = f;
            break;
        }
    }
    if (m_family.isEmpty() && !han.isEmpty())
        m_family = han.first();
    QVERIFY2(!m_family.isEmpty(), "no font for Simplified Chinese is installed (Debian: fonts-wqy-microhei)");
    qInfo("CJK font: %s", qPrintable(m_family));
}

void TestCjkFont::fontHasHanGlyphs()
{
    // Without a writing system: with one, fromFont() would hand back whichever font covers it.
    const QRawFont raw = QRawFont::fromFont(QFont(m_family));
    QVERIFY(raw.isValid());
    QCOMPARE(raw.familyName(), m_family);
    for (char32_t c : {U'中', U'国', U'联', U'盟', U'亿', U'万'})
        QVERIFY2(raw.supportsCharacter(c), qPrintable(QString::number(uint(c), 16)));
    QVERIFY(!raw.supportsCharacter(char32_t(0x10FFFD))); // a private-use code point: the tofu below
}

void TestCjkFont::glyphIsNotTofu_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("zhong") << QStringLiteral("中");
    QTest::newRow("yi") << QStringLiteral("亿");
    QTest::newRow("meng") << QStringLiteral("盟");
}

void TestCjkFont::glyphIsNotTofu()
{
    QFETCH(QString, text);
    const QImage glyph = render(m_family, text, false);
    const QImage tofu = render(m_family, QString::fromUcs4(U"\U0010FFFD", 1), false);
    QVERIFY2(inkPixels(tofu) > 0,
             "the font draws nothing for a missing glyph: the comparison would mean little");
    QVERIFY2(inkPixels(glyph) > 100, qPrintable(QString::number(inkPixels(glyph))));
    // A box and a Han character of the same size differ in a good part of their pixels.
    QVERIFY2(differentPixels(glyph, tofu) > 100, qPrintable(QString::number(differentPixels(glyph, tofu))));
    // Two different characters differ from each other too: each is drawn from its own glyph.
    const QImage other = render(m_family, QStringLiteral("国"), false);
    QVERIFY(differentPixels(glyph, other) > 50);
}

void TestCjkFont::defaultFontFallsBackToIt()
{
    // What a label shows with the application's own font: Qt merges in a font that has the glyph.
    const QString family = QGuiApplication::font().family();
    const QImage merged = render(family, QStringLiteral("中"), true);
    const QImage tofu = render(m_family, QString::fromUcs4(U"\U0010FFFD", 1), false);
    QVERIFY(inkPixels(merged) > 100);
    QVERIFY(differentPixels(merged, tofu) > 100);
}

QTEST_MAIN(TestCjkFont)
#include "tst_cjkfont.moc"
