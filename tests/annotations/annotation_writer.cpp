// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Writes annotations in a loop through the store, for tst_annotationcrash, which kills it at random moments.
// Before each change it prints what it is about to do, and after the commit returned what it did:
//   "add <uuid>"                  saved a new annotation (text "v1 ...")
//   "edit? <uuid> <n>" / "edit <uuid> <n>"    about to save / saved text version n
//   "delete? <uuid>" / "delete <uuid>"        about to delete / deleted
// Usage: annotation_writer WORKSPACE [SEED]

#include "app/core/annotations/annotationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUuid>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace at;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int versionOf(const QString &text)
{
    return text.section(u' ', 0, 0).mid(1).toInt();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: annotation_writer WORKSPACE [SEED]\n");
        return 2;
    }
    QRandomGenerator random(args.size() > 2 ? args[2].toUInt() : QRandomGenerator::global()->generate());
    AnnotationStore store;
    store.setBusyTimeout(10000);
    if (auto opened = store.openOrCreate(args[1]); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 3;
    }
    QElapsedTimer lifetime;
    lifetime.start();
    // A safety net should the test die first: the test never lets it run this long.
    while (lifetime.elapsed() < 60000) {
        const int op = int(random.bounded(10));
        const QList<Annotation> &all = store.annotations();
        Expected<void, StoreError> e;
        // Text of a few hundred bytes to a few kilobytes, so that commits touch one page or several.
        const QString filler(int(random.bounded(200, 6000)), QChar(u'a' + random.bounded(26)));
        if (op < 6 || all.size() < 3) {
            Annotation a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.target = AnnotationTarget::event(u"event-%1"_s.arg(random.bounded(30)));
            a.text = u"v1 "_s + filler;
            a.tags = {u"crash"_s, u"t%1"_s.arg(random.bounded(5))};
            a.author = u"writer"_s;
            a.created = currentTime();
            a.edited = a.created;
            e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)});
            if (e)
                say(u"add "_s + a.id);
        } else if (op < 9) {
            Annotation a = all[int(random.bounded(int(all.size())))];
            const QDateTime read = a.edited;
            const int version = versionOf(a.text) + 1;
            a.text = u"v%1 "_s.arg(version) + filler;
            a.edited = currentTime();
            say(u"edit? %1 %2"_s.arg(a.id).arg(version));
            e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Unchanged, read)});
            if (e)
                say(u"edit %1 %2"_s.arg(a.id).arg(version));
        } else {
            const Annotation victim = all[int(random.bounded(int(all.size())))];
            const QString id = victim.id;
            say(u"delete? "_s + id);
            e = store.write({AnnotationWrite::erase(id, victim.edited)});
            if (e)
                say(u"delete "_s + id);
        }
        if (!e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.error().text()));
            return 4;
        }
    }
    return 0;
}
