// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Spans and periods changed by hand on the timeline, offscreen, on the embedded dataset: an end of a band
// dragged resizes it, the rest of it dragged moves it, a chosen band moves by keys; each change is one undo
// step that undo puts back; Shift+drag on a lane asks for a span of its company, on the axis for a period.
// The window saves them through RangeAnnotations, as here.
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "ui/annotations/rangeannotations.h"
#include "ui/timeline/bandediting.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace at;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(at::AnnotationTarget)

namespace {
double jd(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}
} // namespace

class TestBandEditing : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Document m_document;
    AnnotationStore m_store;
    QUndoStack m_stack;
    AnnotationEdits m_edits{&m_store, &m_stack};
    QString m_id; // Weibo's telecom push, 1 June to 31 December 2011
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<TimelineView> m_view;

    const AnnotationTarget &saved() const { return m_store.find(m_id)->target; }
    const FramePlan::Band &band() const
    {
        m_view->viewport()->grab(); // paints: the frame is what the mouse is tested against
        const FramePlan &frame = m_view->renderer().frame();
        return *std::find_if(frame.bands.begin(), frame.bands.end(),
                             [](const FramePlan::Band &b) { return !b.period; });
    }
    int xOf(double day) const { return int(std::round(m_view->renderer().frame().scale.toX(day))); }
    int yOfWeibo() const
    {
        const FramePlan::Band &b = band();
        return int(b.rect.bottom()) - 2; // under the tag at its top
    }
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *viewport = m_view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(viewport, from + QPoint(to.x() > from.x() ? 6 : -6, 0));
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = readEmbeddedDataset();
        QVERIFY(r);
        m_document.setDataset(*r, u"embedded"_s);
        QVERIFY(m_store.create(m_dir.filePath(u"hands.atws"_s)));
        Annotation a =
            m_edits.draft(AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)));
        a.text = u"Weibo's telecom push"_s;
        QVERIFY(m_edits.add(a));
        m_id = a.id;
        m_stack.clear();
    }

    void init()
    {
        m_state = std::make_unique<ViewState>();
        m_view = std::make_unique<TimelineView>(&m_document, m_state.get());
        m_view->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_view->resize(1600, 1200);
        m_view->show();
        m_view->setVisibleRange(jd(2011, 3, 1), jd(2012, 3, 1));
        m_view->setAnnotationStore(&m_store);
        // As the window wires it.
        connect(m_view.get(), &TimelineView::annotationRangeRequested, this,
                [this](const QString &id, const AnnotationTarget &range) {
                    RangeAnnotations::setRange(&m_edits, id, range, nullptr);
                });
    }
    void cleanup()
    {
        m_view.reset();
        m_state.reset();
        // Back to 1 June - 31 December for the next test.
        while (m_stack.canUndo())
            m_stack.undo();
        m_stack.clear();
        QCOMPARE(saved(), AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)));
    }

    void gripsRangesAndKeys()
    {
        FramePlan frame;
        frame.plot = QRect(100, 50, 1000, 500);
        frame.bands.push_back({QRectF(200, 60, 300, 40), {}, {}, 0, 1, false});
        frame.bands.push_back({QRectF(400, 50, 200, 500), {}, {}, 1, -1, true});
        QCOMPARE(bandAt(frame, QPointF(202, 70))->part, BandGrip::Part::Start);
        QCOMPARE(bandAt(frame, QPointF(250, 70))->part, BandGrip::Part::Body);
        QCOMPARE(bandAt(frame, QPointF(250, 70))->mark, 0);
        QCOMPARE(bandAt(frame, QPointF(450, 70))->mark, 1); // drawn last, over the other
        QCOMPARE(bandAt(frame, QPointF(603, 300))->part, BandGrip::Part::End);
        QVERIFY(!bandAt(frame, QPointF(150, 70)));
        QVERIFY(!bandAt(frame, QPointF(650, 300)));

        const AnnotationTarget span =
            AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 6, 30));
        BandDrag d{u"x"_s, {0, BandGrip::Part::End}, span, 100.0};
        QCOMPARE(d.rangeAt(110.4).to, QDate(2011, 7, 10));
        QCOMPARE(d.rangeAt(10).to, QDate(2011, 6, 1)); // never before its first day
        d.grip.part = BandGrip::Part::Start;
        QCOMPARE(d.rangeAt(95).from, QDate(2011, 5, 27));
        QCOMPARE(d.rangeAt(200).from, QDate(2011, 6, 30));
        d.grip.part = BandGrip::Part::Body;
        QCOMPARE(d.rangeAt(93), span.moved(-7));
        QCOMPARE(*rangeForKey(span, Qt::Key_Right, {}), span.moved(1));
        QCOMPARE(rangeForKey(span, Qt::Key_Left, Qt::ShiftModifier)->to, QDate(2011, 6, 29));
        QCOMPARE(rangeForKey(span, Qt::Key_Left, Qt::ControlModifier)->from, QDate(2011, 5, 31));
        QVERIFY(!rangeForKey(span, Qt::Key_Up, {}));
    }

    // The end dragged 20 days later: "Resize annotation", one step; undo puts it back.
    void draggingAnEndResizes()
    {
        const int y = yOfWeibo();
        const int x0 = int(band().rect.right()) - 1;
        const double ppd = m_view->renderer().frame().scale.pixelsPerDay();
        drag(QPoint(x0, y), QPoint(x0 + int(std::round(20 * ppd)), y));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_stack.text(0), u"Resize annotation"_s);
        QCOMPARE(saved().from, QDate(2011, 6, 1));
        QCOMPARE(saved().to, QDate(2012, 1, 20));
        // The band follows what was saved.
        QCOMPARE(band().rect.right(), std::round(m_view->renderer().frame().scale.toX(saved().rangeEnd())));
        m_stack.undo();
        QCOMPARE(saved().to, QDate(2011, 12, 31));
    }

    // The middle dragged: "Move annotation", its length kept.
    void draggingTheMiddleMoves()
    {
        const int y = yOfWeibo();
        const int x0 = xOf(jd(2011, 9, 1));
        const double ppd = m_view->renderer().frame().scale.pixelsPerDay();
        drag(QPoint(x0, y), QPoint(x0 + int(std::round(30 * ppd)), y));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_stack.text(0), u"Move annotation"_s);
        QCOMPARE(saved(), AnnotationTarget::span(u"weibo"_s, QDate(2011, 7, 1), QDate(2012, 1, 30)));
    }

    // A click chooses the band; the arrows then move it a day, with Shift its last day, with Ctrl its first.
    void aChosenBandMovesByKeys()
    {
        const int y = yOfWeibo();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(xOf(jd(2011, 9, 1)), y));
        QCOMPARE(m_view->selectedAnnotation(), m_id);
        QCOMPARE(m_stack.count(), 0);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(saved(), AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 2), QDate(2012, 1, 1)));
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(saved().to, QDate(2011, 12, 31));
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(saved().from, QDate(2011, 6, 1));
        QCOMPARE(m_stack.count(), 3);
        QCOMPARE(m_stack.text(0), u"Move annotation"_s);
        QCOMPARE(m_stack.text(1), u"Resize annotation"_s);
        m_stack.undo();
        QCOMPARE(saved().from, QDate(2011, 6, 2));
        // Escape lets it go: the arrows pan again.
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(m_view->selectedAnnotation().isEmpty());
        const double from = m_view->visibleFrom();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QVERIFY(m_view->visibleFrom() > from);
        QCOMPARE(m_stack.count(), 3);
    }

    // What the window does with a span drawn: asks for its text (the company's name shown as plain text),
    // then adds it, one undo step; cancelled, nothing.
    void aDrawnSpanGetsItsTextAndIsOneStep()
    {
        const AnnotationTarget target =
            AnnotationTarget::span(u"qq"_s, QDate(2012, 8, 1), QDate(2012, 10, 31));
        QString label;
        Qt::TextFormat format = Qt::AutoText;
        auto answer = [&](const QString &text) {
            QTimer::singleShot(0, this, [&, text] {
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                const QLabel *shown = dialog->findChild<QLabel *>();
                label = shown->text();
                format = shown->textFormat();
                dialog->setTextValue(text);
                text.isEmpty() ? dialog->reject() : dialog->accept();
            });
        };
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        answer({});
        RangeAnnotations::annotate(&m_edits, m_document.dataset(), target, en, nullptr);
        QCOMPARE(m_store.count(), 1);
        answer(u"QQ under pressure"_s);
        RangeAnnotations::annotate(&m_edits, m_document.dataset(), target, en, nullptr);
        QCOMPARE(label, u"What happened in QQ, 1 Aug 2012 – 31 Oct 2012?"_s);
        QCOMPARE(format, Qt::PlainText);
        QCOMPARE(m_store.count(), 2);
        const Annotation &added = m_store.annotations().constLast();
        QCOMPARE(added.text, u"QQ under pressure"_s);
        QCOMPARE(added.target, target);
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_stack.text(0), u"Add annotation"_s);
        m_stack.undo(); // and cleanup() finds the workspace as it was
        QCOMPARE(m_store.count(), 1);
    }

    // Shift+drag on a lane asks for a span of its company over the days dragged; on the axis, a period.
    void shiftDragDrawsARange()
    {
        qRegisterMetaType<AnnotationTarget>();
        QSignalSpy asked(m_view.get(), &TimelineView::annotationRequested);
        const int y = yOfWeibo();
        drag(QPoint(xOf(jd(2011, 3, 10) + 0.5), y), QPoint(xOf(jd(2011, 4, 20) + 0.5), y), Qt::ShiftModifier);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].value<AnnotationTarget>(),
                 AnnotationTarget::span(u"weibo"_s, QDate(2011, 3, 10), QDate(2011, 4, 20)));
        const int axisY = m_view->renderer().frame().axis.center().y();
        drag(QPoint(xOf(jd(2011, 4, 20) + 0.5), axisY), QPoint(xOf(jd(2011, 3, 10) + 0.5), axisY),
             Qt::ShiftModifier);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked[1][0].value<AnnotationTarget>(),
                 AnnotationTarget::period(QDate(2011, 3, 10), QDate(2011, 4, 20)));
        QCOMPARE(m_stack.count(), 0);          // nothing saved until the window has the text
        QCOMPARE(m_state->currentTime(), 0.0); // nor did the axis drag move the cursor
    }
};

QTEST_MAIN(TestBandEditing)
#include "tst_bandediting.moc"
