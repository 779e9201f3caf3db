// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The bands of ranged events summed per pixel column: a column looks as it would if its bands were painted
// one over another with QPainter, which is how the chart drew them before (a second per redraw for a
// million events).
#include "app/core/colors.h"
#include "ui/charts/bandcolumns.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace at;

namespace {

struct Band {
    int from, to;
    Kind kind;
};

constexpr int alpha = 25;
constexpr int unlimited = 100000; // deeper than any test's overlap: colours as painting leaves them
const QColor background(0xf4, 0xf1, 0xe8);

// The bands painted one by one, each a rectangle of its kind's colour at `alpha`, as the chart did.
QImage paintedOneByOne(const std::vector<Band> &bands, int width)
{
    QImage image(width, 3, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    QPainter painter(&image);
    for (const Band &b : bands) {
        QColor c = kindColor(b.kind);
        c.setAlpha(alpha);
        painter.fillRect(QRect(b.from, 0, b.to - b.from, image.height()), c);
    }
    return image;
}

QImage drawnAtOnce(const std::vector<Band> &bands, int width)
{
    BandColumns columns(width, alpha, unlimited);
    for (const Band &b : bands)
        columns.add(b.from, b.to, b.kind);
    QImage image(width, 3, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    QPainter painter(&image);
    painter.drawImage(QPoint(0, 0), columns.image(image.height()));
    return image;
}

int largestDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
}

} // namespace

class TestBandColumns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneBandIsItsKindsColourAtItsAlpha()
    {
        BandColumns columns(10, alpha, unlimited);
        columns.add(2, 5, Kind::Dispute);
        const QColor c = kindColor(Kind::Dispute);
        const QRgb band = qPremultiply(qRgba(c.red(), c.green(), c.blue(), alpha));
        QCOMPARE(columns.colours(), (std::vector<QRgb>{0, 0, band, band, band, 0, 0, 0, 0, 0}));
        // Drawn over a background it is exactly the rectangle QPainter would have filled.
        const std::vector<Band> bands{{2, 5, Kind::Dispute}};
        QCOMPARE(drawnAtOnce(bands, 10), paintedOneByOne(bands, 10));
    }

    void overlappingBandsOfAKindDeepenTheColour()
    {
        BandColumns columns(4, alpha, unlimited);
        columns.add(0, 4, Kind::Alliance);
        columns.add(1, 3, Kind::Alliance);
        columns.add(2, 3, Kind::Alliance);
        const std::vector<QRgb> c = columns.colours();
        // 1 - (1 - 25/255)^n of the colour: 25, 48 and 68 of 255.
        QCOMPARE(qAlpha(c[0]), 25);
        QCOMPARE(qAlpha(c[1]), 48);
        QCOMPARE(qAlpha(c[2]), 68);
        QCOMPARE(c[3], c[0]);
        // A thousand bands on one column: the kind's colour itself.
        BandColumns many(1, alpha, unlimited);
        for (int i = 0; i < 1000; ++i)
            many.add(0, 1, Kind::Launch);
        QCOMPARE(many.colours().front(), kindColor(Kind::Launch).rgba());
    }

    // With a limit of three bands, a column of a thousand is as deep as one of three (alpha 68), in the
    // same colour; so is one of a hundred bands of each kind, in the colour they mix to.
    void theCoverStopsAtTheDeepest()
    {
        BandColumns columns(3, alpha, 3);
        for (int i = 0; i < 1000; ++i)
            columns.add(0, 1, Kind::Launch);
        for (int i = 0; i < 3; ++i)
            columns.add(1, 2, Kind::Launch);
        for (int k = 0; k < 6; ++k)
            for (int i = 0; i < 100; ++i)
                columns.add(2, 3, Kind(k));
        const std::vector<QRgb> c = columns.colours();
        QCOMPARE(c[0], c[1]);
        QCOMPARE(qAlpha(c[1]), 68);
        QCOMPARE(qAlpha(c[2]), 68);
        BandColumns mixed(1, alpha, unlimited);
        for (int k = 0; k < 6; ++k)
            for (int i = 0; i < 100; ++i)
                mixed.add(0, 1, Kind(k));
        const QColor full = QColor::fromRgba(qUnpremultiply(mixed.colours().front()));
        const QColor thinned = QColor::fromRgba(qUnpremultiply(c[2]));
        QVERIFY2(std::abs(full.red() - thinned.red()) <= 3 && std::abs(full.green() - thinned.green()) <= 3 &&
                     std::abs(full.blue() - thinned.blue()) <= 3,
                 qPrintable(full.name() + QStringLiteral(" vs ") + thinned.name()));
    }

    // Random bands of every kind, compared with painting them one by one in kind order (the order in which
    // the columns lay the kinds): each column within QPainter's rounding, which grows by about one per
    // band on the column, and exactly equal where a column has no band or one.
    void matchesPaintingTheBandsOneByOne()
    {
        constexpr int width = 300;
        QRandomGenerator random(20261203);
        std::vector<Band> bands;
        for (int i = 0; i < 60; ++i) {
            const int from = int(random.bounded(width));
            bands.push_back({from, from + 1 + int(random.bounded(40)), Kind(random.bounded(6))});
        }
        std::stable_sort(bands.begin(), bands.end(),
                         [](const Band &a, const Band &b) { return int(a.kind) < int(b.kind); });
        const QImage expected = paintedOneByOne(bands, width);
        const QImage actual = drawnAtOnce(bands, width);
        int checkedSingle = 0, checkedMany = 0;
        for (int x = 0; x < width; ++x) {
            int on = 0;
            for (const Band &b : bands)
                on += b.from <= x && x < std::min(b.to, width) ? 1 : 0;
            const int difference = largestDifference(expected.pixel(x, 1), actual.pixel(x, 1));
            QVERIFY2(
                difference <= (on <= 1 ? 0 : on),
                qPrintable(QStringLiteral("column %1, %2 bands: off by %3").arg(x).arg(on).arg(difference)));
            (on <= 1 ? checkedSingle : checkedMany) += 1;
        }
        QVERIFY(checkedSingle > 20);
        QVERIFY(checkedMany > 50);
    }

    void bandsAreClippedToTheWidth()
    {
        BandColumns columns(5, alpha, unlimited);
        columns.add(-10, 2, Kind::Plan);
        columns.add(4, 99, Kind::Plan);
        columns.add(7, 9, Kind::Plan); // beyond the right edge: nothing
        columns.add(3, 3, Kind::Plan); // empty: nothing
        const QColor c = kindColor(Kind::Plan);
        const QRgb band = qPremultiply(qRgba(c.red(), c.green(), c.blue(), alpha));
        QCOMPARE(columns.colours(), (std::vector<QRgb>{band, band, 0, 0, band}));
    }

    void neighbouringColumnsOfOneColourAreOneRun()
    {
        BandColumns columns(10, alpha, unlimited);
        columns.add(1, 4, Kind::Plan);
        columns.add(3, 6, Kind::Plan);
        columns.add(8, 10, Kind::Milestone);
        const std::vector<QRgb> c = columns.colours();
        const std::vector<BandColumns::Run> runs = columns.runs();
        QCOMPARE(runs.size(), size_t(4));
        const std::vector<std::pair<int, int>> spans{{1, 3}, {3, 4}, {4, 6}, {8, 10}};
        for (size_t i = 0; i < runs.size(); ++i) {
            QCOMPARE(std::make_pair(runs[i].from, runs[i].to), spans[i]);
            QCOMPARE(runs[i].colour, c[size_t(runs[i].from)]);
        }
        QCOMPARE(runs[0].colour, runs[2].colour);
        QVERIFY(runs[1].colour != runs[0].colour);
    }

    void theImageRepeatsTheColumnsOnEveryRow()
    {
        BandColumns columns(6, alpha, unlimited);
        columns.add(1, 3, Kind::Investment);
        const QImage image = columns.image(4);
        QCOMPARE(image.size(), QSize(6, 4));
        QCOMPARE(image.format(), QImage::Format_ARGB32_Premultiplied);
        const std::vector<QRgb> c = columns.colours();
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 6; ++x)
                QCOMPARE(QRgb(image.pixel(x, y)), c[size_t(x)]);
    }
};

QTEST_MAIN(TestBandColumns)
#include "tst_bandcolumns.moc"
