// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The user-count chart (QCustomPlot) as a view of the model: one graph per series with the dataset's values,
// markers that show the qualifier, pixels in the entity's colour where the points are, a logarithmic axis
// in the locale's words, plain-text hover text, and the shared selection, current time and visible range.
#include "app/core/colors.h"
#include "app/core/numberformat.h"
#include "app/core/seriesmodel.h"
#include "app/core/viewstate.h"
#include "tests/charts/chartfixtures.h"
#include "tests/support/synthetic.h"
#include "ui/charts/textwrap.h"
#include "ui/charts/timemarkers.h"
#include "ui/charts/usercountchart.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace at;
using chartfixtures::middleOf;

class TestUserCountChart : public QObject {
    Q_OBJECT
    Document m_embedded;
    Document m_markup;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    const Dataset &d() const { return m_embedded.dataset(); }
    int series(const char16_t *id) const { return d().seriesIndex(QStringView(id)); }

    // A chart laid out and drawn at a known size, shown (offscreen) so that it receives mouse events.
    static std::unique_ptr<UserCountChart> makeChart(const Document *document, ViewState *state,
                                                     const QLocale &locale)
    {
        auto chart = std::make_unique<UserCountChart>(document, state);
        chart->setLocale(locale);
        chart->resize(1000, 640);
        chart->show();
        if (!QTest::qWaitForWindowExposed(chart.get()))
            return nullptr;
        chart->replot();
        return chart;
    }

    // `color` at `alpha` (0-255) drawn over `background`, as QPainter blends it.
    static QColor over(QColor color, int alpha, QColor background)
    {
        const double a = alpha / 255.0;
        return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)),
                                float(color.greenF() * a + background.greenF() * (1 - a)),
                                float(color.blueF() * a + background.blueF() * (1 - a)));
    }
    // Whether two colours differ by at most 2 in each channel (QPainter's rounding of a blend).
    static bool near(QColor a, QColor b)
    {
        return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 &&
               std::abs(a.blue() - b.blue()) <= 2;
    }

    // Whether `color` is exactly the colour of a pixel at most `radius` pixels from `p`.
    static bool colourNear(const QImage &image, QPointF p, QColor color, int radius = 2)
    {
        const QPoint c = p.toPoint();
        for (int dy = -radius; dy <= radius; ++dy) {
            for (int dx = -radius; dx <= radius; ++dx) {
                const QPoint q = c + QPoint(dx, dy);
                if (image.rect().contains(q) && image.pixelColor(q).rgb() == color.rgb())
                    return true;
            }
        }
        return false;
    }

    static QList<QCPGraphData> graphData(const QCPGraph *graph)
    {
        QList<QCPGraphData> out;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            out << *it;
        return out;
    }

    static bool holds(const QCPGraph *graph, double key, double value)
    {
        const QList<QCPGraphData> data = graphData(graph);
        return std::any_of(data.begin(), data.end(),
                           [&](const QCPGraphData &g) { return g.key == key && g.value == value; });
    }

    // The entries of the legend (its grid may have empty cells).
    static int legendEntries(const UserCountChart &chart)
    {
        int n = 0;
        for (int i = 0; i < chart.legend->elementCount(); ++i)
            n += chart.legend->elementAt(i) != nullptr;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(chartfixtures::loadEmbedded(m_embedded));
        QVERIFY(chartfixtures::loadMarkup(m_markup));
    }

    // The first picture a new chart paints is the settled one: a resize queues a single replot, and that
    // replot must tick the axes for the new size (the date ticker spaces its ticks by the axis's pixels).
    void firstPaintIsTickedForItsSize()
    {
        ViewState state;
        UserCountChart chart(&m_embedded, &state);
        chart.setLocale(m_en);
        chart.resize(1000, 640);
        const QImage first = chart.grab().toImage(); // the first paint, before any event is processed
        const QList<double> firstTicks = chart.xAxis->tickVector();
        QVERIFY(firstTicks.size() >= 6);
        chart.replot();
        QCOMPARE(chart.xAxis->tickVector(), firstTicks);
        QCOMPARE(chart.grab().toImage(), first);
        // Narrower, fewer ticks: again right at the first paint after the resize.
        chart.resize(400, 640);
        chart.grab();
        const QList<double> narrowTicks = chart.xAxis->tickVector();
        QVERIFY2(narrowTicks.size() < firstTicks.size(), qPrintable(QString::number(narrowTicks.size())));
        chart.replot();
        QCOMPARE(chart.xAxis->tickVector(), narrowTicks);
    }

    // One graph per entity and metric, named for both in the legend, holding the dataset's points.
    void oneLinePerSeriesNamedWithItsMetric()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const QList<int> charted = chart->chartedSeries();
        QCOMPARE(charted, userCountSeries(d()));
        QCOMPARE(charted.size(), 7);
        // The legend is a grid that may have empty cells; its entries are the lines alone, no markers.
        int entries = 0;
        for (int i = 0; i < chart->legend->itemCount(); ++i) {
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(chart->legend->item(i))) {
                ++entries;
                QVERIFY(std::any_of(charted.begin(), charted.end(),
                                    [&](int s) { return chart->lineGraph(s) == item->plottable(); }));
            }
        }
        QCOMPARE(entries, charted.size());
        QSet<QCPGraph *> lines;
        for (int s : charted) {
            const Series &series = d().series[s];
            QCPGraph *line = chart->lineGraph(s);
            QVERIFY(line);
            lines << line;
            QCOMPARE(line->name(), SeriesModel::seriesName(d(), series, m_en));
            QVERIFY(line->name().endsWith(displayName(series.metric)));
            QVERIFY(chart->legend->itemWithPlottable(line));
            QCOMPARE(line->pen().color(), entityColor(series.entity));
            // Dashed: the line between reported figures is not a measurement.
            QCOMPARE(line->pen().style(), Qt::DashLine);
            const auto points = d().pointsOf(series);
            const QList<QCPGraphData> data = graphData(line);
            QCOMPARE(data.size(), qsizetype(points.size()));
            for (size_t i = 0; i < points.size(); ++i) {
                QCOMPARE(data[qsizetype(i)].key, pointTime(points[i]));
                QCOMPARE(data[qsizetype(i)].value, points[i].value);
            }
        }
        QCOMPARE(lines.size(), charted.size());
        QCOMPARE(chart->lineGraph(series(u"qq-active-accounts"))->name(), u"QQ — active accounts"_s);
        QCOMPARE(chart->lineGraph(series(u"weibo-registered-users"))->name(),
                 u"Sina Weibo — registered users"_s);
        QCOMPARE(chart->lineGraph(series(u"weibo-users-as-stated"))->name(),
                 u"Sina Weibo — users (as stated)"_s);
        QCOMPARE(chart->lineGraph(series(u"alibaba-weibo-stake")), nullptr);
        QCOMPARE(graphData(chart->lineGraph(series(u"weibo-users-as-stated"))).size(), 2);
    }

    // Each reported point is in the marker graph of its qualifier, and in no other.
    void eachPointIsMarkedByItsQualifier()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        QVERIFY(chart->markersShown());
        for (int s : chart->chartedSeries()) {
            for (const SeriesPoint &p : d().pointsOf(d().series[s])) {
                for (int m = 0; m < pointMarkerCount; ++m) {
                    const bool expected = PointMarker(m) == markerFor(p.qualifier);
                    QCOMPARE(holds(chart->markerGraph(s, PointMarker(m)), pointTime(p), p.value), expected);
                }
            }
        }
        const int qq = series(u"qq-active-accounts");
        QCOMPARE(graphData(chart->markerGraph(qq, PointMarker::OpenUp)).size(), 1);
        QVERIFY(holds(chart->markerGraph(qq, PointMarker::OpenUp), middleOf(u"2010-Q3"), 600e6));
        QVERIFY(graphData(chart->markerGraph(qq, PointMarker::Filled)).isEmpty());
        QVERIFY(holds(chart->markerGraph(series(u"wechat-users-as-stated"), PointMarker::OpenDown),
                      middleOf(u"2013"), 400e6));
    }

    // "More than 600 million": an open up-pointing triangle in QQ's colour; exact figures filled circles.
    void lowerBoundHasItsOwnOpenMarker()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const int qq = series(u"qq-active-accounts");
        const QColor qqColor = entityColor(d().series[qq].entity);
        const QColor base = chart->palette().color(QPalette::Base);
        const QCPScatterStyle open = chart->markerGraph(qq, PointMarker::OpenUp)->scatterStyle();
        QCOMPARE(open.shape(), QCPScatterStyle::ssTriangle);
        QCOMPARE(open.pen().color(), qqColor);
        QVERIFY(open.brush().color() != qqColor);
        QCOMPARE(open.brush().color(), base);
        const QCPScatterStyle below =
            chart->markerGraph(series(u"wechat-users-as-stated"), PointMarker::OpenDown)->scatterStyle();
        QCOMPARE(below.shape(), QCPScatterStyle::ssTriangleInverted);
        QCOMPARE(below.brush().color(), base);
        const int weibo = series(u"weibo-registered-users");
        const QCPScatterStyle filled = chart->markerGraph(weibo, PointMarker::Filled)->scatterStyle();
        QCOMPARE(filled.shape(), QCPScatterStyle::ssCircle);
        QCOMPARE(filled.brush().color(), entityColor(d().series[weibo].entity));

        // On the image: the outline in QQ's colour, the inside the background (QQ's series has one point, so
        // no line runs through it).
        const QImage image = chart->grab().toImage();
        const QPointF at = chart->pointPosition(qq, 0);
        QVERIFY(colourNear(image, at, qqColor, 6));
        QCOMPARE(image.pixelColor(at.toPoint()).rgb(), base.rgb());
    }

    // An approximation is a hollow circle.
    void approximationIsHollow()
    {
        ViewState state;
        const auto chart = makeChart(&m_markup, &state, m_en);
        QVERIFY(chart);
        const Dataset &m = m_markup.dataset();
        const int b = m.seriesIndex(u"b-users");
        QVERIFY(holds(chart->markerGraph(b, PointMarker::Hollow), middleOf(u"2011-Q2"), 858e6));
        QVERIFY(holds(chart->markerGraph(b, PointMarker::Filled), middleOf(u"2010-Q4"), 50e6));
        const QCPScatterStyle hollow = chart->markerGraph(b, PointMarker::Hollow)->scatterStyle();
        QCOMPARE(hollow.shape(), QCPScatterStyle::ssCircle);
        QCOMPARE(hollow.pen().color(), entityColor(m.series[b].entity));
        QCOMPARE(hollow.brush().color(), chart->palette().color(QPalette::Base));
    }

    // Where each point is drawn, the grabbed image has its entity's colour.
    void pixelsAtPointsHaveTheEntityColour()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const QImage image = chart->grab().toImage();
        QCOMPARE(image.size(), QSize(1000, 640));
        QRectF plotArea = chart->axisRect()->rect();
        for (int s : chart->chartedSeries()) {
            const QColor color = entityColor(d().series[s].entity);
            for (int i = 0; i < int(d().series[s].pointCount); ++i) {
                const QPointF p = chart->pointPosition(s, i);
                QVERIFY2(plotArea.contains(p), qPrintable(d().series[s].id));
                // A marker is drawn around its point: its outline (open and hollow markers) lies a few pixels
                // out, an exact point's fill is on it.
                const bool filled = d().pointsOf(d().series[s])[size_t(i)].qualifier == Qualifier::Exact;
                QVERIFY2(colourNear(image, p, color, filled ? 2 : 6),
                         qPrintable(u"%1[%2] at %3,%4"_s.arg(d().series[s].id).arg(i).arg(p.x()).arg(p.y())));
            }
        }
        // The point positions follow the axes: 600 million is drawn higher than 50 million.
        QVERIFY(chart->pointPosition(series(u"qq-active-accounts"), 0).y() <
                chart->pointPosition(series(u"weibo-users-as-stated"), 0).y());
        QCOMPARE(chart->pointPosition(series(u"qq-active-accounts"), 0).x(),
                 chart->xAxis->coordToPixel(middleOf(u"2010-Q3")));
        QCOMPARE(chart->pointPosition(series(u"qq-active-accounts"), 1), QPointF());
    }

    // A figure dated to a quarter is bracketed over the quarter, from its first day to its last, in its
    // series' colour (lighter); the bracket is the only thing that changes when it is hidden.
    void impreciseFigureBracketedOverItsPeriod()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const int qq = series(u"qq-active-accounts");
        QVERIFY(chart->markersShown());
        const QImage with = chart->grab().toImage();
        chart->pointSpans()->setVisible(false);
        chart->replot();
        const QImage without = chart->grab().toImage();
        const double x0 = chart->xAxis->coordToPixel(double(QDate(2010, 7, 1).toJulianDay()) - 0.5);
        const double x1 = chart->xAxis->coordToPixel(double(QDate(2010, 9, 30).toJulianDay()) + 0.5);
        const int y = int(std::round(chart->yAxis->coordToPixel(600e6)));
        QVERIFY(x1 - x0 > 30);
        QColor c = entityColor(d().series[qq].entity);
        auto blended = [&](QPoint at) { return over(c, 170, without.pixelColor(at)); };
        // Along the line (left and right of the marker at the middle).
        for (const QPoint at : {QPoint(int(x0) + 6, y), QPoint(int(x0) + 12, y), QPoint(int(x1) - 6, y)}) {
            QVERIFY2(with.pixelColor(at) != without.pixelColor(at),
                     qPrintable(u"%1,%2"_s.arg(at.x()).arg(at.y())));
            QVERIFY2(near(with.pixelColor(at), blended(at)),
                     qPrintable(with.pixelColor(at).name() + u" vs "_s + blended(at).name()));
        }
        // Up and down its two ends (the column of a fractional x is the rasteriser's pick of two).
        for (const double x : {x0, x1}) {
            for (const int dy : {-3, 3}) {
                bool drawn = false;
                for (const int column : {int(std::floor(x)), int(std::floor(x)) + 1}) {
                    const QPoint at(column, y + dy);
                    drawn = drawn || (with.pixelColor(at) != without.pixelColor(at) &&
                                      near(with.pixelColor(at), blended(at)));
                }
                QVERIFY2(drawn, qPrintable(u"end at %1, %2"_s.arg(x).arg(dy)));
            }
        }
        // Nothing else differs: not beyond the quarter, not above or below the line.
        for (const QPoint at : {QPoint(int(x0) - 3, y), QPoint(int(x1) + 3, y), QPoint(int(x0) + 12, y - 3),
                                QPoint(int(x0) + 12, y + 3)})
            QCOMPARE(with.pixelColor(at), without.pixelColor(at));
    }

    // An event known only to its year (WeChat's launch, 2011) gets a bracket of that year along the top of
    // the plot, its line at the middle; nothing beyond the year.
    void impreciseEventBracketedAlongTheTop()
    {
        ViewState state;
        EventFilter filter;
        filter.text = u"WeChat"_s; // keeps the launch alone in 2011 and 2012
        state.setFilter(filter);
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const int launch = d().eventIndex(u"wechat-launch");
        QCOMPARE(d().events[size_t(launch)].start.precision, Precision::Year);
        QVERIFY(chart->eventMarkers()->drawsEvent(size_t(launch)));
        const QImage with = chart->grab().toImage();
        chart->eventMarkers()->setVisible(false);
        chart->replot();
        const QImage without = chart->grab().toImage();
        const double x0 = chart->xAxis->coordToPixel(double(QDate(2011, 1, 1).toJulianDay()) - 0.5);
        const double x1 = chart->xAxis->coordToPixel(double(QDate(2011, 12, 31).toJulianDay()) + 0.5);
        QVERIFY(x1 - x0 > 40);
        // The bracket's line is at the plot's top + 3.5, drawn without antialiasing: on the row below.
        const int top = chart->axisRect()->rect().top() + 4;
        QColor c = kindColor(Kind::Launch);
        auto blended = [&](QPoint at) { return over(c, 140, without.pixelColor(at)); };
        // Along the top, a quarter and three quarters into the year (the event's line is at its middle).
        for (const double x : {x0 + (x1 - x0) / 4, x0 + 3 * (x1 - x0) / 4}) {
            const QPoint at(int(x), top);
            QVERIFY2(near(with.pixelColor(at), blended(at)),
                     qPrintable(with.pixelColor(at).name() + u" vs "_s + blended(at).name()));
        }
        // Its two ends reach down; below them and beyond the year, nothing of it.
        for (const double x : {x0, x1}) {
            bool drawn = false;
            for (const int column : {int(std::floor(x)), int(std::floor(x)) + 1}) {
                const QPoint at(column, top + 3);
                drawn = drawn || near(with.pixelColor(at), blended(at));
            }
            QVERIFY2(drawn, qPrintable(u"end at %1"_s.arg(x)));
        }
        for (const QPoint at :
             {QPoint(int(x0) - 4, top), QPoint(int(x1) + 4, top), QPoint(int(x0 + (x1 - x0) / 4), top + 8)})
            QCOMPARE(with.pixelColor(at), without.pixelColor(at));
    }

    // The count axis reads four to eight round values at the heights a dock gives the chart, in both
    // languages (亿 and 万 in Chinese), never one value twice.
    void countAxisHasFourToEightRoundLabels_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("height");
        for (const int height : {320, 420, 640, 900}) {
            QTest::addRow("en %d", height) << m_en << height;
            QTest::addRow("zh %d", height) << m_zh << height;
        }
    }

    void countAxisHasFourToEightRoundLabels()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, height);
        ViewState state;
        UserCountChart chart(&m_embedded, &state);
        chart.setLocale(locale);
        chart.resize(1000, height);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replot();
        const QList<double> ticks = chart.yAxis->tickVector();
        const QList<QString> labels = chart.yAxis->tickVectorLabels();
        QVERIFY2(ticks.size() >= 4 && ticks.size() <= 8,
                 qPrintable(u"%1 px: "_s.arg(chart.yAxis->axisRect()->height()) + labels.join(u'|')));
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        // Evenly spaced by 1, 2, 2.5 or 5 times a power of ten.
        const double step = ticks[1] - ticks[0];
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                     std::abs(mantissa - 2.5) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
                 qPrintable(QString::number(step)));
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY(std::abs(ticks[i] - (ticks[0] + double(i) * step)) < step * 1e-9);
            QCOMPARE(labels[i], formatCount(ticks[i], locale));
            if (locale.language() == QLocale::Chinese && ticks[i] >= 1e8)
                QVERIFY2(labels[i].contains(u"亿"_s), qPrintable(labels[i]));
        }
    }

    // A logarithmic axis over 50 million to 858 million, ticks in the locale's words.
    void logAxisSpansTheValues()
    {
        ViewState state;
        const auto chart = makeChart(&m_markup, &state, m_en);
        QVERIFY(chart);
        QCOMPARE(chart->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(chart->yAxis->range().lower, 0.0);
        QCOMPARE(chart->yAxis->range().upper, 858e6 * 1.1);
        QSignalSpy spy(chart.get(), &UserCountChart::logScaleChanged);
        chart->setLogScale(true);
        QCOMPARE(spy.size(), 1);
        QVERIFY(chart->logScale());
        chart->replot();
        QCOMPARE(chart->yAxis->scaleType(), QCPAxis::stLogarithmic);
        const QCPRange range = chart->yAxis->range();
        QCOMPARE(range.lower, 50e6 / 1.6);
        QCOMPARE(range.upper, 858e6 * 1.6);
        QVERIFY(range.contains(50e6) && range.contains(858e6));
        QCOMPARE(chart->yAxis->label(), u"Users or accounts (count, logarithmic scale)"_s);
        const QList<QString> labels = chart->yAxis->tickVectorLabels();
        const QList<double> ticks = chart->yAxis->tickVector();
        QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u'|')));
        QCOMPARE(labels.size(), ticks.size());
        for (qsizetype i = 0; i < labels.size(); ++i)
            QCOMPARE(labels[i], formatCount(ticks[i], m_en));
        QVERIFY2(labels.contains(u"100 million"_s), qPrintable(labels.join(u'|')));
        // On a log axis equal ratios are equal distances: 50m -> 858m halves at their geometric mean.
        const double low = chart->yAxis->coordToPixel(50e6);
        const double high = chart->yAxis->coordToPixel(858e6);
        QVERIFY(std::abs(chart->yAxis->coordToPixel(std::sqrt(50e6 * 858e6)) - (low + high) / 2) < 0.01);

        chart->setLocale(m_zh);
        chart->replot();
        const QList<QString> zh = chart->yAxis->tickVectorLabels();
        const QList<double> zhTicks = chart->yAxis->tickVector();
        QCOMPARE(zh.size(), zhTicks.size());
        for (qsizetype i = 0; i < zh.size(); ++i)
            QCOMPARE(zh[i], formatCount(zhTicks[i], m_zh));
        QVERIFY2(zh.contains(u"1 亿"_s), qPrintable(zh.join(u'|')));

        chart->setLogScale(false);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(chart->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(chart->yAxis->range().upper, 858e6 * 1.1);
    }

    // Hover: the point's series and metric, date, value with qualifier, claim and source, as plain text.
    void hoverTextNamesDateValueMetricAndSource()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const int qq = series(u"qq-active-accounts");
        QCOMPARE(chart->toolTipAt(chart->pointPosition(qq, 0)),
                 u"QQ — active accounts\nQ3 2010\nmore than 600 million\n"
                 "Claim: Tencent's QQ has more than 600 million active accounts; MSN ranks second after it.\n"
                 "Source: Microsoft China Venture Partnes with Sina, ¶5"_s);
        // Within a few pixels still finds it; outside the plot nothing.
        QCOMPARE(chart->pointAt(chart->pointPosition(qq, 0) + QPointF(2, 1)).point, 0);
        QCOMPARE(chart->pointAt(chart->pointPosition(qq, 0) + QPointF(2, 1)).series, qq);
        QCOMPARE(chart->toolTipAt(QPointF(1, 1)), QString());
        const int weibo = series(u"weibo-users-as-stated");
        const QString text = chart->toolTipAt(chart->pointPosition(weibo, 1));
        QVERIFY2(text.startsWith(u"Sina Weibo — users (as stated)\n31 Dec 2012\nmore than 500 million\n"_s),
                 qPrintable(text));
    }

    // Markup in a claim, a source title or an event title is text, not HTML.
    void hoverTextShowsMarkupLiterally()
    {
        ViewState state;
        const auto chart = makeChart(&m_markup, &state, m_en);
        QVERIFY(chart);
        const Dataset &m = m_markup.dataset();
        const int b = m.seriesIndex(u"b-users");
        const QPointF at = chart->pointPosition(b, 1);
        QCOMPARE(chart->toolTipAt(at), u"Beta — registered users\nQ2 2011\nabout 858 million\n"
                                       "Claim: <img src=x> claim\nSource: <img src=x> Article, ¶4"_s);
        const int e = m.eventIndex(u"e1");
        const QPointF eventAt(chart->xAxis->coordToPixel(m.events[size_t(e)].time()),
                              chart->axisRect()->rect().center().y());
        QCOMPARE(chart->eventAt(eventAt), e);
        const QString eventText = chart->toolTipAt(eventAt);
        QVERIFY2(eventText.startsWith(u"<img src=x> deal\n"_s), qPrintable(eventText));

        // The tooltip the chart shows escapes it.
        QTest::mouseMove(chart.get(), at.toPoint());
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"&lt;img src=x&gt; claim"_s), qPrintable(QToolTip::text()));
        QVERIFY(!QToolTip::text().contains(u"<img"_s));
        QToolTip::hideText();
    }

    // Clicking a point selects it for every view; clicking an event line selects the event.
    void clickSelectsPointAndEvent()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const int twitter = series(u"twitter-accounts");
        QTest::mouseClick(chart.get(), Qt::LeftButton, {}, chart->pointPosition(twitter, 0).toPoint());
        QCOMPARE(state.selection(), Selection::dataPoint(twitter, 0));
        const int qq = series(u"qq-active-accounts");
        QTest::mouseClick(chart.get(), Qt::LeftButton, {}, chart->pointPosition(qq, 0).toPoint());
        QCOMPARE(state.selection(), Selection::dataPoint(qq, 0));
    }

    void clickOnAnEventLineSelectsTheEvent()
    {
        ViewState state;
        const auto chart = makeChart(&m_markup, &state, m_en);
        QVERIFY(chart);
        const Dataset &m = m_markup.dataset();
        const int e = m.eventIndex(u"e1");
        const QPoint at(int(std::lround(chart->xAxis->coordToPixel(m.events[size_t(e)].time()))),
                        chart->axisRect()->rect().center().y());
        QTest::mouseClick(chart.get(), Qt::LeftButton, {}, at);
        QCOMPARE(state.selection(), Selection::event(e));
        QCOMPARE(chart->eventMarkers()->selectedEvent(), e);
    }

    // Four thousand events over four years, where a column of the plot holds about four: the lines are
    // thinned to one in every four columns or more, each one pixel of its kind's colour, light; the selected
    // event's line is three pixels of its colour, opaque, drawn whatever the thinning.
    void crowdedEventLinesAreThinnedAndTheSelectedOneStandsOut()
    {
        SyntheticSpec spec;
        spec.events = 4000;
        spec.lanes = 10;
        spec.years = 4;
        spec.series = 1;
        spec.pointsPerSeries = 20;
        spec.quotes = 0;
        spec.rangedShare = 0;    // no bands behind the lines
        spec.tentativeShare = 0; // solid lines: every row of a line is drawn
        Document crowded;
        crowded.setDataset(makeSyntheticDataset(spec), u"synthetic"_s);
        const Dataset &data = crowded.dataset();
        ViewState state;
        const auto chart = makeChart(&crowded, &state, m_en);
        QVERIFY(chart);
        chart->setSeriesShown(0, false); // the event lines alone, none under a series' line
        const QRect plot = chart->axisRect()->rect();
        const QCPRange range = chart->xAxis->range();
        qsizetype inView = 0;
        for (const Event &e : data.events)
            inView += e.time() >= range.lower && e.time() <= range.upper ? 1 : 0;
        QVERIFY2(inView > 3 * plot.width(),
                 qPrintable(u"%1 events, %2 columns"_s.arg(inView).arg(plot.width())));

        // The selected event: one near the middle of the plot.
        const int selected = chart->eventMarkers()->eventNear(plot.center().x(), 3);
        QVERIFY(selected >= 0);
        state.select(Selection::event(selected));
        chart->replot();
        const QImage with = chart->grab().toImage();
        chart->eventMarkers()->setVisible(false);
        chart->replot();
        const QImage without = chart->grab().toImage();
        const int y = plot.center().y();
        const int selectedX =
            int(std::lround(chart->xAxis->coordToPixel(data.events[size_t(selected)].time())));

        // The selected line's columns: the opaque ones, centred on its x.
        const QColor full = kindColor(data.events[size_t(selected)].kind);
        QList<int> heavy;
        for (int x = selectedX - 3; x <= selectedX + 3; ++x)
            if (with.pixelColor(x, y).rgb() == full.rgb())
                heavy << x;
        QCOMPARE(heavy, (QList<int>{selectedX - 1, selectedX, selectedX + 1}));

        QList<int> light;
        for (int x = plot.left() + 1; x < plot.right(); ++x) {
            if (heavy.contains(x) || with.pixelColor(x, y) == without.pixelColor(x, y))
                continue;
            light << x;
            bool ofAKind = false;
            for (int k = 0; k < count<Kind>() && !ofAKind; ++k)
                ofAKind = near(with.pixelColor(x, y), over(kindColor(Kind(k)), 80, without.pixelColor(x, y)));
            QVERIFY2(ofAKind, qPrintable(u"column %1: %2"_s.arg(x).arg(with.pixelColor(x, y).name())));
        }
        // Thinned: never two lines within four columns (so each is one pixel wide), and still there all
        // along.
        for (qsizetype i = 1; i < light.size(); ++i)
            QVERIFY2(light[i] - light[i - 1] >= 4,
                     qPrintable(u"lines at %1 and %2"_s.arg(light[i - 1]).arg(light[i])));
        QVERIFY2(light.size() >= plot.width() / 6, qPrintable(QString::number(light.size())));
        QVERIFY(light.size() <= plot.width() / 4 + 1);
    }

    // Events with an end date are faint bands of their kind's colour over their time span, full height,
    // behind the lines; the selected one darker. Checked where a column has exactly one band and no event
    // line, and where it has none.
    void rangedEventsAreBandsOverTheirSpan()
    {
        SyntheticSpec spec;
        spec.events = 30;
        spec.lanes = 3;
        spec.years = 4;
        spec.series = 1;
        spec.pointsPerSeries = 20;
        spec.quotes = 0;
        spec.rangedShare = 1;
        spec.tentativeShare = 0;
        spec.burstShare = 0;
        Document ranged;
        ranged.setDataset(makeSyntheticDataset(spec), u"synthetic"_s);
        const Dataset &data = ranged.dataset();
        ViewState state;
        const auto chart = makeChart(&ranged, &state, m_en);
        QVERIFY(chart);
        chart->setSeriesShown(0, false);
        const QRect plot = chart->axisRect()->rect();
        const int y = plot.bottom() - 2;
        std::vector<int> alone(data.events.size(), 0); // columns where an event's band is alone
        auto check = [&](int selected, int alphaOfSelected) {
            state.select(selected >= 0 ? Selection::event(selected) : Selection());
            chart->eventMarkers()->setVisible(true);
            chart->replot();
            const QImage with = chart->grab().toImage();
            auto columnOf = [&](double time) { return qRound(chart->xAxis->coordToPixel(time)); };
            // Per column: the bands over it, and whether an event's line or bracket may touch it.
            std::vector<QList<int>> bands(size_t(plot.right() + 2));
            std::vector<bool> line(bands.size(), false);
            for (size_t i = 0; i < data.events.size(); ++i) {
                const Event &e = data.events[i];
                const int from = std::max(plot.left(), columnOf(e.time()));
                const int to = std::min(plot.right(), std::max(from + 1, columnOf(e.endTime())));
                for (int x = from; e.isRanged() && x < to; ++x)
                    bands[size_t(x)] << int(i);
                for (int x = columnOf(e.time()) - 2; x <= columnOf(e.time()) + 2; ++x)
                    if (x >= 0 && size_t(x) < line.size())
                        line[size_t(x)] = true;
            }
            chart->eventMarkers()->setVisible(false);
            chart->replot();
            const QImage without = chart->grab().toImage();
            int one = 0, none = 0, selectedAlone = 0;
            for (int x = plot.left() + 1; x < plot.right(); ++x) {
                if (line[size_t(x)] || bands[size_t(x)].size() > 1)
                    continue;
                const QColor seen = with.pixelColor(x, y), behind = without.pixelColor(x, y);
                if (bands[size_t(x)].isEmpty()) {
                    QVERIFY2(seen == behind,
                             qPrintable(u"column %1: %2 where no band is"_s.arg(x).arg(seen.name())));
                    ++none;
                    continue;
                }
                const int event = bands[size_t(x)].front();
                selectedAlone += event == selected ? 1 : 0;
                ++alone[size_t(event)];
                const QColor expected = over(kindColor(data.events[size_t(event)].kind),
                                             event == selected ? alphaOfSelected : 25, behind);
                QVERIFY2(near(seen, expected), qPrintable(u"column %1: %2, expected %3"_s.arg(x).arg(
                                                   seen.name(), expected.name())));
                ++one;
            }
            QVERIFY2(one > 50 && none > 5,
                     qPrintable(u"%1 columns with one band, %2 with none"_s.arg(one).arg(none)));
            QVERIFY2(selected < 0 || selectedAlone > 10, qPrintable(QString::number(selectedAlone)));
        };
        check(-1, 25);
        // Selected: the event alone on the most columns.
        const int selected = int(std::max_element(alone.begin(), alone.end()) - alone.begin());
        check(selected, 60);
    }

    // The shared selection is shown: a selected point gets a ring, a selected event its line, an entity
    // a heavier line.
    void followsTheSelection()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        QVERIFY(!chart->selectionGraph()->visible());
        const int weibo = series(u"weibo-users-as-stated");
        state.select(Selection::dataPoint(weibo, 1));
        QVERIFY(chart->selectionGraph()->visible());
        const QList<QCPGraphData> ring = graphData(chart->selectionGraph());
        QCOMPARE(ring.size(), 1);
        QCOMPARE(ring[0].key, middleOf(u"2012-12-31"));
        QCOMPARE(ring[0].value, 500e6);
        // On the image, the ring in the highlight colour around the point.
        chart->replot();
        const QImage image = chart->grab().toImage();
        const QColor highlight = chart->palette().color(QPalette::Highlight);
        const QPointF p = chart->pointPosition(weibo, 1);
        const double radius = chart->selectionGraph()->scatterStyle().size() / 2;
        QVERIFY(colourNear(image, p + QPointF(radius, 0), highlight, 2) ||
                colourNear(image, p - QPointF(radius, 0), highlight, 2));
        QVERIFY(!colourNear(image, p, highlight, 1));

        const int e = d().eventIndex(u"sina-china-unicom");
        QVERIFY(e >= 0);
        state.select(Selection::event(e));
        QCOMPARE(chart->eventMarkers()->selectedEvent(), e);
        QVERIFY(!chart->selectionGraph()->visible());

        const int qqEntity = d().entityIndex(u"qq");
        const double normalWidth = chart->lineGraph(series(u"qq-peak-concurrent"))->pen().widthF();
        state.select(Selection::entity(qqEntity));
        QCOMPARE(chart->eventMarkers()->selectedEvent(), -1);
        QVERIFY(chart->lineGraph(series(u"qq-peak-concurrent"))->pen().widthF() > normalWidth);
        QCOMPARE(chart->lineGraph(weibo)->pen().widthF(), normalWidth);

        state.select(Selection::none());
        QVERIFY(!chart->selectionGraph()->visible());
        QCOMPARE(chart->lineGraph(series(u"qq-peak-concurrent"))->pen().widthF(), normalWidth);
    }

    // The cursor follows the current time; the time axis follows the visible range both ways while the
    // toggle is on, and not when it is off.
    void followsCurrentTimeAndVisibleRange()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        QVERIFY(chart->followsTimeline());
        const double june = double(QDate(2011, 6, 14).toJulianDay());
        state.setCurrentTime(june);
        QCOMPARE(chart->timeCursor()->time(), june);

        const double from = double(QDate(2010, 7, 1).toJulianDay());
        const double to = double(QDate(2011, 7, 1).toJulianDay());
        state.setVisibleRange(from, to);
        QCOMPARE(chart->xAxis->range().lower, from);
        QCOMPARE(chart->xAxis->range().upper, to);
        // Panning the chart moves the shared range.
        chart->xAxis->setRange(from + 10, to + 10);
        QCOMPARE(state.visibleFrom(), from + 10);
        QCOMPARE(state.visibleTo(), to + 10);

        QSignalSpy spy(chart.get(), &UserCountChart::followTimelineChanged);
        chart->setFollowTimeline(false);
        QCOMPARE(spy.size(), 1);
        state.setVisibleRange(from - 100, to + 100);
        QCOMPARE(chart->xAxis->range().lower, from + 10);
        chart->xAxis->setRange(from, to);
        QCOMPARE(state.visibleFrom(), from - 100);
        chart->setFollowTimeline(true);
        QCOMPARE(chart->xAxis->range().lower, from - 100);
    }

    // A hidden series leaves the chart, its markers and the value range.
    void hidingASeries()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        const int qq = series(u"qq-active-accounts");
        const QPointF at = chart->pointPosition(qq, 0);
        chart->setSeriesShown(qq, false);
        QVERIFY(!chart->isSeriesShown(qq));
        QVERIFY(!chart->lineGraph(qq)->visible());
        QCOMPARE(chart->yAxis->range().upper, 500e6 * 1.1);
        chart->replot();
        QVERIFY(!chart->pointAt(at).isValid() || chart->pointAt(at).series != qq);
        chart->setSeriesShown(qq, true);
        QCOMPARE(chart->yAxis->range().upper, 600e6 * 1.1);
    }

    // Chinese: names in Chinese, numbers in 亿.
    void chineseNamesAndNumbers()
    {
        ViewState state;
        const auto chart = makeChart(&m_embedded, &state, m_zh);
        QVERIFY(chart);
        QVERIFY(chart->lineGraph(series(u"weibo-registered-users"))->name().startsWith(u"新浪微博 — "_s));
        const QString text = chart->toolTipAt(chart->pointPosition(series(u"qq-active-accounts"), 0));
        QVERIFY2(text.contains(u"6 亿"_s), qPrintable(text));
        const QList<QString> labels = chart->yAxis->tickVectorLabels();
        const QList<double> ticks = chart->yAxis->tickVector();
        QCOMPARE(labels.size(), ticks.size());
        for (qsizetype i = 0; i < labels.size(); ++i)
            QCOMPARE(labels[i], formatCount(ticks[i], m_zh));
    }

    // The filter of the shared state reaches the chart: only the series of the companies it keeps, only
    // the event lines of the events it shows; cleared, everything again.
    void followsTheFilter()
    {
        ViewState state;
        auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        QCOMPARE(chart->drawnSeries().size(), 7);
        const int weibo500m = d().eventIndex(u"weibo-500m"); // alone on its pixel column
        const int launch = d().eventIndex(u"wechat-launch");
        const double weiboX = chart->xAxis->coordToPixel(d().events[size_t(weibo500m)].time());
        QCOMPARE(chart->eventMarkers()->eventNear(weiboX, 1), weibo500m);

        EventFilter filter;
        filter.text = u"WeChat"_s;
        state.setFilter(filter);
        chart->replot();
        QCOMPARE(chart->drawnSeries(),
                 (QList<int>{series(u"wechat-registered-users"), series(u"wechat-users-as-stated")}));
        QVERIFY(!chart->lineGraph(series(u"qq-active-accounts"))->visible());
        QVERIFY(chart->lineGraph(series(u"wechat-registered-users"))->visible());
        QCOMPARE(legendEntries(*chart), 2);
        QVERIFY(chart->eventMarkers()->drawsEvent(size_t(launch)));
        QVERIFY(!chart->eventMarkers()->drawsEvent(size_t(weibo500m)));
        QCOMPARE(chart->eventMarkers()->eventNear(weiboX, 1), -1);
        QCOMPARE(chart->emptyText(), QString());

        state.setFilter({});
        chart->replot();
        QCOMPARE(chart->drawnSeries().size(), 7);
        QCOMPARE(legendEntries(*chart), 7);
        QCOMPARE(chart->eventMarkers()->eventNear(weiboX, 1), weibo500m);
    }

    // Nothing to draw: a sentence says why, and the value axis has no labels (it once read "1, 1, 0").
    void saysWhenThereIsNothingToDraw()
    {
        ViewState state;
        auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        QVERIFY(chart->yAxis->tickLabels());
        EventFilter filter;
        filter.text = u"no such company"_s;
        state.setFilter(filter);
        chart->replot();
        QCOMPARE(chart->drawnSeries(), QList<int>());
        QCOMPARE(chart->emptyText(), u"The filter keeps no company with user counts"_s);
        QVERIFY(!chart->yAxis->tickLabels());

        Document empty;
        QVERIFY(chartfixtures::load(empty, at::readDatasetJson(QByteArrayView(R"json({
 "format": "alliance-timeline-dataset", "version": 1,
 "sources": [ { "id": "s1", "title": "T", "publisher": "P", "author": "A", "published": "2011", "paragraphs": 2 } ],
 "entities": [ { "id": "a", "name": { "en": "Alpha", "zh": "阿尔法" }, "parent": null, "sector": "portal" } ],
 "events": [ { "id": "e1", "start": "2011-08-14", "end": null, "kind": "launch", "status": "confirmed",
    "parties": ["a"], "title": "Launch", "summary": "S", "source": "s1", "paragraph": 1 } ],
 "series": [], "markets": [], "quotes": [] })json"),
                                                               u"empty.json"_s)));
        ViewState other;
        auto bare = makeChart(&empty, &other, m_en);
        QVERIFY(bare);
        QCOMPARE(bare->emptyText(), u"No user counts in this dataset"_s);
        QVERIFY(!bare->yAxis->tickLabels());
    }

    // The footnote names the sources with their whole titles when they fit in a few lines; a dataset that
    // cites hundreds of articles gets their count and where they are listed, and the plot keeps its room.
    // The footnote's test of whether a list of sources fits stops laying out at the limit; it must say what
    // counting the lines of the whole wrapped text says, for Latin and Chinese text and text with breaks.
    void fewerLinesAgreesWithTheWrappedText()
    {
        const QFont font = QApplication::font();
        const QStringList texts{
            u"Sources: Microsoft China Venture Partnes with Sina — Not printed, week of 8 Nov 2010, ¶5."_s,
            u"新浪与微软中国合作 — 2010年11月，¶5；腾讯与奇虎360之争 — 2010年11月，¶1、¶2、¶3、¶4。"_s
                .repeated(3),
            u"one\ntwo\n\nfour"_s, QString()};
        int checked = 0;
        for (const QString &text : texts) {
            for (const int width : {40, 120, 400, 2000}) {
                const int lines = int(wrapText(text, font, width).count(u'\n')) + 1;
                for (int limit = 1; limit <= lines + 1; ++limit) {
                    QCOMPARE(wrapsInFewerLines(text, font, width, limit), lines < limit);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 40);
        // A text long enough to be tried by its beginning first: a few words per line, or one line.
        const QString longText =
            u"Sources: Synthetic report 17 — Synthetic Daily, 3 Jan 2001, ¶4; "_s.repeated(400);
        QVERIFY(!wrapsInFewerLines(longText, font, 400, 5));
        QVERIFY(!wrapsInFewerLines(longText, font, 400, 6));
        QVERIFY(wrapsInFewerLines(longText, font, 1'000'000, 2));
        const int lines = int(wrapText(longText, font, 400).count(u'\n')) + 1;
        QVERIFY(lines > 100);
        QCOMPARE(wrapsInFewerLines(longText, font, 400, lines), false);
        QCOMPARE(wrapsInFewerLines(longText, font, 400, lines + 1), true);
    }

    void theFootnoteCountsALongListOfSources()
    {
        ViewState state;
        auto chart = makeChart(&m_embedded, &state, m_en);
        QVERIFY(chart);
        QVERIFY2(chart->footnoteText().contains(u"Microsoft China Venture Partnes with Sina — "_s),
                 qPrintable(chart->footnoteText()));

        // A few articles, each cited for dozens of paragraphs: named without their paragraphs.
        SyntheticSpec spec;
        spec.events = 10;
        spec.series = 10;
        spec.pointsPerSeries = 100;
        Document few;
        few.setDataset(makeSyntheticDataset(spec), u"synthetic"_s);
        ViewState other;
        auto named = makeChart(&few, &other, m_en);
        QVERIFY(named);
        QStringList lines = named->footnoteText().split(u'\n');
        QCOMPARE(lines.size(), 2); // the key to the markers, then the sources
        QVERIFY2(lines[1].startsWith(u"Sources: Synthetic report "_s), qPrintable(lines[1]));
        QVERIFY2(!lines[1].contains(u'¶'), qPrintable(lines[1]));

        // Hundreds of articles: counted.
        spec.events = 100000;
        Document many;
        many.setDataset(makeSyntheticDataset(spec), u"synthetic"_s);
        auto crowded = makeChart(&many, &other, m_en);
        QVERIFY(crowded);
        lines = crowded->footnoteText().split(u'\n');
        QCOMPARE(lines.size(), 2);
        const QRegularExpression counted(
            u"^Sources: (\\d+) articles, cited by the series shown; this view's CSV export lists them "
            "\\(its source_title column\\)\\.$"_s);
        const QRegularExpressionMatch match = counted.match(lines[1]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[1]));
        QVERIFY2(match.captured(1).toInt() > 20, qPrintable(lines[1]));
        QVERIFY(crowded->axisRect()->height() > 300);
    }
};

QTEST_MAIN(TestUserCountChart)
#include "tst_usercountchart.moc"
