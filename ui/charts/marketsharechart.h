// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/document.h"
#include "app/core/marketshare.h"
#include "app/core/viewstate.h"
#include "ui/charts/chartparts.h"

#include <QLocale>
#include <QWidget>

class QBoxLayout;
class QChart;
class QChartView;
class QLabel;
class QPieSeries;
class QPieSlice;

namespace at {

// The market-share chart of one sector (instant messaging or microblogs), from the dataset's market records
// as of ViewState's current time: the latest record at or before it, as a donut (share and figure on each
// slice) beside a stacked bar comparing all the sector's records over time. What the sources leave open
// stays open: a lower bound is drawn as "at least", the uncovered rest as "Other, including … (no
// breakdown given)", and a record without a total shows the members' own figures with no shares at all.
// A footnote names the sources (title, publisher, date, paragraph) and the dates of the figures.
class MarketShareChart : public QWidget {
    Q_OBJECT
public:
    MarketShareChart(const Document *document, ViewState *state, Sector sector, QWidget *parent = nullptr);
    ~MarketShareChart() override;

    void setLocale(const QLocale &locale);
    QLocale chartLocale() const { return m_locale; }
    Sector sector() const { return m_sector; }
    // The dataset drawn, and what the filter keeps of it (the members it leaves out are drawn pale).
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }
    const FilterScope &filterScope() const { return *m_scope; }

    // The record drawn (index into Dataset::markets), -1 when the current time is before the first one.
    int currentMarket() const { return m_market; }
    const MarketShares &currentShares() const { return m_shares; }

    // The chart as an image for export (title, both charts, note and footnote) at `size` logical pixels.
    QImage toImage(const QSize &size, qreal devicePixelRatio = 1.0) const;
    void renderTo(QPainter *painter, const QRect &target, ChartParts parts = {}) const;

    // For tests and accessibility: what is on screen.
    QString titleText() const;
    QString noteText() const;
    QString footnoteText() const;
    // The key beside the donut or bars, one line per slice: "QQ: at least 69.9%" and its figure.
    QStringList keyTexts() const;
    QChart *shareChart() const { return m_shareChart; }
    QChart *historyChart() const { return m_historyChart; }
    QPieSeries *donut() const { return m_donut; } // null when the record gives no total
    // The donut slice of a member series, or of the remainder for series -1; null if not drawn.
    QPieSlice *sliceOf(int series) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onDatasetReplaced();
    void onTimeChanged(double julianDay);
    void rebuild();
    void buildShareChart();
    void buildHistoryChart();
    void updateSliceLabels();
    void showSelection(Selection selection);
    void applyPalette();
    void styleChart(QChart *chart) const;
    void clearKey();
    // `faded`: a member the filter leaves out.
    void addKeyRow(const QBrush &brush, const QString &text, bool faded = false);
    // A member's colour: the company's, or washed out when the filter leaves the company out.
    QColor memberColor(int entity) const;

    const Document *m_document;
    ViewState *m_state;
    Sector m_sector;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const FilterScope> m_scope = std::make_shared<const FilterScope>();
    QLocale m_locale;
    int m_market = -1;
    MarketShares m_shares;
    QList<int> m_records;

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_footnote = nullptr;
    QBoxLayout *m_chartsLayout = nullptr;
    QWidget *m_sharePanel = nullptr;
    QWidget *m_key = nullptr;
    QList<QLabel *> m_keyLabels;
    QChartView *m_shareView = nullptr;
    QChartView *m_historyView = nullptr;
    QChart *m_shareChart = nullptr;
    QChart *m_historyChart = nullptr;
    QPieSeries *m_donut = nullptr;
    QList<QPieSlice *> m_memberSlices; // parallel to m_shares.slices
    QPieSlice *m_remainderSlice = nullptr;
};

} // namespace at
