// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The annotations panel, the editor and the undo history in one window, on a scratch workspace with a few
// annotations, for looking at them under Xvfb: annotations_demo [--zh] [WORKSPACE]

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "ui/annotations/annotationeditor.h"
#include "ui/annotations/annotationspanel.h"
#include "ui/annotations/undohistoryview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace at;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool zh = app.arguments().contains(u"--zh"_s);
    const QLocale locale =
        zh ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTemporaryDir dir;
    QStringList rest = app.arguments().mid(1);
    rest.removeAll(u"--zh"_s);
    const QString file = rest.isEmpty() ? dir.filePath(u"demo.atws"_s) : rest.first();

    Document document;
    document.setDataset(*readEmbeddedDataset(), u"embedded"_s);
    ViewState state;
    AnnotationStore store;
    if (auto opened = store.openOrCreate(file); !opened) {
        qWarning("%s", qPrintable(opened.error().text()));
        return 1;
    }
    QUndoStack stack;
    AnnotationEdits edits(&store, &stack);
    if (store.count() == 0) {
        const Dataset &d = document.dataset();
        auto add = [&](const char16_t *event, const QString &text, QStringList tags, Importance importance) {
            Annotation a = edits.draft(AnnotationTarget::event(QString::fromUtf16(event)));
            a.text = text;
            a.tags = tags;
            a.importance = importance;
            if (auto added = edits.add(a); !added)
                qWarning("%s", qPrintable(added.error().text()));
        };
        add(u"sina-msn-alliance",
            zh ? u"微博与 MSN 打通：注意 <img src=x> 只是文本。"_s
               : u"Weibo posts in Messenger: <img src=x> is only text."_s,
            {u"msn"_s, u"weibo"_s}, Importance::High);
        add(u"sina-china-unicom",
            zh ? u"联通合作，见第 6 段。"_s : u"Unicom deal, see paragraph 6.\nSecond line."_s,
            {u"telecom"_s}, Importance::Normal);
        add(u"sina-china-unicom", zh ? u"与 Q3 的用户数对照"_s : u"Compare with the Q3 user counts"_s,
            {u"users"_s}, Importance::Low);
        if (auto edited =
                edits.setText(store.annotations().first().id, store.annotations().first().text + u" ✓"_s);
            !edited)
            qWarning("%s", qPrintable(edited.error().text()));
        state.select(Selection::event(d.eventIndex(u"sina-china-unicom")));
    }

    QWidget window;
    window.setWindowTitle(u"Annotations demo"_s);
    auto *panel = new AnnotationsPanel(&edits, &document, &state);
    panel->setLocale(locale);
    auto *editor = new AnnotationEditor(&edits, &document);
    editor->setLocale(locale);
    editor->followSelection(&state);
    auto *history = new UndoHistoryView(&stack);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(panel);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(editor);
    right->addWidget(history);
    split->addWidget(right);
    split->setSizes({900, 450});
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(split);
    window.resize(1400, 700);
    window.show();
    return app.exec();
}
