// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// WriteAhead maps a buffer in on its worker thread: a step ahead of what is written as the writer advances,
// all of it when asked (mapAll), and gives back what was mapped beyond the end (releaseBeyond). Which
// pages are mapped is read from the kernel (mincore) on a fresh anonymous mapping, where nothing else
// touches them.
#include "app/core/import/prefault.h"

#include <QTest>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace {

// A fresh anonymous mapping of `bytes`, aligned to 2 MiB so that huge pages, where the kernel gives them,
// start at its first byte.
class Fresh {
public:
    explicit Fresh(std::size_t bytes) : m_bytes(bytes)
    {
        constexpr std::size_t huge = std::size_t(2) << 20;
        m_raw = mmap(nullptr, bytes + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        m_base = reinterpret_cast<char *>((reinterpret_cast<std::uintptr_t>(m_raw) + huge - 1) & ~(huge - 1));
    }
    ~Fresh() { munmap(m_raw, m_bytes + (std::size_t(2) << 20)); }
    Fresh(const Fresh &) = delete;
    Fresh &operator=(const Fresh &) = delete;
    bool ok() const { return m_raw != MAP_FAILED; }
    char *base() const { return m_base; }
    // How many bytes from the start are mapped, page by page, before the first page that is not.
    std::size_t mappedPrefix() const
    {
        const auto page = std::size_t(sysconf(_SC_PAGESIZE));
        std::vector<unsigned char> in(m_bytes / page);
        if (mincore(m_base, m_bytes, in.data()) != 0)
            return 0;
        std::size_t n = 0;
        while (n < in.size() && (in[n] & 1))
            ++n;
        return n * page;
    }
    // Whether the page at `offset` is mapped.
    bool isMapped(std::size_t offset) const
    {
        unsigned char in = 0;
        return mincore(m_base + offset, 1, &in) == 0 && (in & 1);
    }
    std::size_t mappedPages() const
    {
        const auto page = std::size_t(sysconf(_SC_PAGESIZE));
        std::vector<unsigned char> in(m_bytes / page);
        if (mincore(m_base, m_bytes, in.data()) != 0)
            return 0;
        std::size_t n = 0;
        for (unsigned char c : in)
            n += c & 1;
        return n;
    }

private:
    std::size_t m_bytes;
    void *m_raw = MAP_FAILED;
    char *m_base = nullptr;
};

constexpr std::size_t mib = std::size_t(1) << 20;

} // namespace

class TestPrefault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Linux 5.14 and later map on request; elsewhere prefaulting does nothing, by design.
        Fresh probe(4096);
        QVERIFY(probe.ok());
        if (madvise(probe.base(), 4096, 23 /* MADV_POPULATE_WRITE */) != 0)
            QSKIP("this kernel does not map memory on request (MADV_POPULATE_WRITE)");
    }

    void mapsAStepAheadOfTheWriter()
    {
        Fresh buffer(64 * mib);
        QVERIFY(buffer.ok());
        QCOMPARE(buffer.mappedPages(), size_t(0));
        {
            at::WriteAhead ahead(buffer.base(), 64 * mib);
            ahead.advance(0);
        } // the destructor waits for the mapping in progress
        // The first step (8 MiB) and nothing beyond it.
        QCOMPARE(buffer.mappedPrefix(), 8 * mib);
        QCOMPARE(buffer.mappedPages() * std::size_t(sysconf(_SC_PAGESIZE)), 8 * mib);
    }

    void mapAllMapsTheWholeBuffer()
    {
        Fresh buffer(64 * mib);
        QVERIFY(buffer.ok());
        {
            at::WriteAhead ahead(buffer.base(), 40 * mib);
            ahead.advance(0);
            ahead.mapAll();
        }
        QCOMPARE(buffer.mappedPrefix(), 40 * mib);
        QCOMPARE(buffer.mappedPages() * std::size_t(sysconf(_SC_PAGESIZE)), 40 * mib);
    }

    void aLargeRangeIsMappedWhole()
    {
        // Mapped 16 MiB at a time (prefault.cpp says why): every piece, and whole pages inside the range
        // only. Small pages around the range's ends, so that the kernel maps no more than was asked for
        // where huge pages are the rule (prefaulting asks for them only inside the range).
        const auto page = std::size_t(sysconf(_SC_PAGESIZE));
        Fresh buffer(48 * mib);
        QVERIFY(buffer.ok());
        QCOMPARE(madvise(buffer.base(), 48 * mib, MADV_NOHUGEPAGE), 0);
        at::prefaultForWriting(buffer.base() + 100, 40 * mib + 12345);
        // From the second page (the first is only partly inside) to the last page wholly inside.
        const std::size_t last = (100 + 40 * mib + 12345) / page * page;
        QCOMPARE(buffer.mappedPages() * page, last - page);
        QVERIFY(!buffer.isMapped(0));
        QVERIFY(buffer.isMapped(page));
        QVERIFY(buffer.isMapped(last - page));
        QVERIFY(!buffer.isMapped(last));
    }

    void aSmallBufferIsMappedAtOnce()
    {
        Fresh buffer(8 * mib);
        QVERIFY(buffer.ok());
        at::WriteAhead ahead(buffer.base(), 4 * mib);
        ahead.mapAll(); // on this thread: mapped when it returns
        QCOMPARE(buffer.mappedPrefix(), 4 * mib);
        QCOMPARE(buffer.mappedPages() * std::size_t(sysconf(_SC_PAGESIZE)), 4 * mib);
    }

    void releaseBeyondGivesBackWhatWasNotWritten()
    {
        Fresh buffer(64 * mib);
        QVERIFY(buffer.ok());
        at::WriteAhead ahead(buffer.base(), 64 * mib);
        ahead.mapAll();
        ahead.releaseBeyond(6 * mib);
        QCOMPARE(buffer.mappedPrefix(), 6 * mib);
        QCOMPARE(buffer.mappedPages() * std::size_t(sysconf(_SC_PAGESIZE)), 6 * mib);
    }
};

QTEST_GUILESS_MAIN(TestPrefault)
#include "tst_prefault.moc"
