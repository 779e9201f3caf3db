<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Embedded dataset 2010–2013</source>
        <translation>内置数据集 2010–2013</translation>
    </message>
    <message>
        <source>Alliance Timeline</source>
        <translation>联盟时间线</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Your annotations cannot be shown or saved until a workspace is open. %1

Use File &gt; New Workspace or Open Workspace.</source>
        <translation>在打开工作区之前，无法显示或保存你的批注。%1

请使用“文件 &gt; 新建工作区”或“打开工作区”。</translation>
    </message>
    <message>
        <source>The dataset was not loaded; the embedded dataset is shown.</source>
        <translation>数据集未能载入；显示的是内置数据集。</translation>
    </message>
</context>
<context>
    <name>at::AboutText</name>
    <message>
        <source>Alliance Timeline %1</source>
        <translation>联盟时间线 %1</translation>
    </message>
    <message>
        <source>How platform alliances moved Chinese internet markets, 2010–2013: events, user counts, market shares and what people said, each with its source.</source>
        <translation>2010–2013 年平台联盟如何影响中国互联网市场：事件、用户数、市场份额和各方言论，每一项都注明来源。</translation>
    </message>
    <message>
        <source>Data sources (%1 articles):</source>
        <translation>数据来源（%1 篇文章）：</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2) and QCustomPlot %3.</source>
        <translation>使用 Qt %1 构建（运行于 Qt %2），并使用 QCustomPlot %3。</translation>
    </message>
</context>
<context>
    <name>at::AnnotationEditor</name>
    <message>
        <source>New Annotation</source>
        <translation>新建批注</translation>
    </message>
    <message>
        <source>Write an annotation…</source>
        <translation>写一条批注…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>重要性(&amp;I)：</translation>
    </message>
    <message>
        <source>New annotation by %1</source>
        <translation>%1 的新批注</translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation>%1 · 创建于 %2</translation>
    </message>
    <message>
        <source>%1 · created %2 · edited %3</source>
        <translation>%1 · 创建于 %2 · 编辑于 %3</translation>
    </message>
    <message>
        <source>This annotation was deleted; your text will be saved as a new annotation.</source>
        <translation>此批注已被删除；你的文字将保存为一条新批注。</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ 已保存 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Select an event or a data point to annotate it.</source>
        <translation>选择一个事件或数据点来批注它。</translation>
    </message>
    <message>
        <source>No annotations yet</source>
        <translation>还没有批注</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Not saved: %1 Keep your text, saved over their version, or take theirs?</source>
        <translation>未保存：%1 要保留你的文字（保存在对方的版本之上），还是采用对方的？</translation>
    </message>
</context>
<context>
    <name>at::AnnotationEdits</name>
    <message>
        <source>Add annotation</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>This annotation no longer exists in the workspace.</source>
        <translation>工作区中已不存在此批注。</translation>
    </message>
    <message>
        <source>Edit annotation text</source>
        <translation>编辑批注文字</translation>
    </message>
    <message>
        <source>Retag annotation</source>
        <translation>修改批注标签</translation>
    </message>
    <message>
        <source>Change annotation importance</source>
        <translation>更改批注重要性</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>删除批注</translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>导入 %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier step could not be saved.</source>
        <translation>之前的某一步未能保存。</translation>
    </message>
    <message>
        <source>“%1” was not redone: %2</source>
        <translation>未能重做“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was not undone: %2</source>
        <translation>未能撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Only an annotation on a company over time or on a period has a time range to move.</source>
        <translation>只有针对公司某段时间或针对某个时期的批注才有可移动的时间范围。</translation>
    </message>
    <message>
        <source>The last day, %1, is before the first, %2.</source>
        <translation>最后一天 %1 早于第一天 %2。</translation>
    </message>
    <message>
        <source>Move annotation</source>
        <translation>移动批注</translation>
    </message>
    <message>
        <source>Resize annotation</source>
        <translation>调整批注范围</translation>
    </message>
    <message>
        <source>%1 changed this annotation at %2, while you were editing it; your change was not saved, so as not to overwrite theirs.</source>
        <translation>%1 在你编辑期间于 %2 修改了此批注；为免覆盖对方的修改，你的修改没有保存。</translation>
    </message>
</context>
<context>
    <name>at::AnnotationIoText</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段没有结束引号</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>字段的结束引号后还有文字</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>未加引号的字段中出现了引号</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8 编码</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>此列出现了两次</translation>
    </message>
    <message>
        <source>the header has no such column</source>
        <translation>表头中没有此列</translation>
    </message>
    <message>
        <source>%1 fields in this row; the header has %2</source>
        <translation>此行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>the uuid %1 appears twice; first on line %2</source>
        <translation>UUID %1 出现了两次，第一次在第 %2 行</translation>
    </message>
    <message>
        <source>%1 is not a UUID</source>
        <translation>%1 不是 UUID</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY)</source>
        <translation>%1 不是日期（YYYY-MM-DD、YYYY-Www、YYYY-MM、YYYY-Qn 或 YYYY）</translation>
    </message>
    <message>
        <source>%1 is not an importance (low, normal or high)</source>
        <translation>%1 不是重要性（low、normal 或 high）</translation>
    </message>
    <message>
        <source>the author is empty</source>
        <translation>作者为空</translation>
    </message>
    <message>
        <source>%1 is not a time such as 2011-06-14T08:30:00.000Z</source>
        <translation>%1 不是 2011-06-14T08:30:00.000Z 这样的时间</translation>
    </message>
    <message>
        <source>%1 is not a tag (1 to 64 characters, no commas, semicolons or line breaks)</source>
        <translation>%1 不是标签（1 到 64 个字符，不含逗号、分号或换行）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空内容</translation>
    </message>
    <message>
        <source>this key appears twice</source>
        <translation>此键出现了两次</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>顶层不是对象</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>not &quot;%1&quot;</source>
        <translation>不是“%1”</translation>
    </message>
    <message>
        <source>missing; this is not an annotations file</source>
        <translation>缺失；这不是批注文件</translation>
    </message>
    <message>
        <source>the file is of format version %1, written by a newer version of Alliance Timeline; this version reads version %2</source>
        <translation>该文件的格式版本为 %1，由更新版本的联盟时间线写入；本版本只能读取版本 %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation>应为字符串数组，实际为%1</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1 in it</source>
        <translation>应为字符串数组，其中却有%1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1 is not &quot;event&quot;, &quot;point&quot;, &quot;span&quot; or &quot;period&quot;</source>
        <translation>%1 不是 &quot;event&quot;、&quot;point&quot;、&quot;span&quot; 或 &quot;period&quot;</translation>
    </message>
    <message>
        <source>%1 is not a day (YYYY-MM-DD)</source>
        <translation>%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the last day, %1, is before the first, %2</source>
        <translation>最后一天 %1 早于第一天 %2</translation>
    </message>
    <message>
        <source>not a format version (1 or 2)</source>
        <translation>不是格式版本号（1 或 2）</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the limit of %2 bytes for a file of annotations; split it into smaller files and import each (an import adds to the annotations already there)</source>
        <translation>文件大小为 %1 字节，超过了批注文件 %2 字节的上限；请将它拆分为较小的文件并逐个导入（每次导入都会添加到已有的批注中）</translation>
    </message>
</context>
<context>
    <name>at::AnnotationModel</name>
    <message>
        <source>(not in this dataset) %1</source>
        <translation>（不在此数据集中）%1</translation>
    </message>
    <message>
        <source>Event or data point</source>
        <translation>事件或数据点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑时间</translation>
    </message>
</context>
<context>
    <name>at::AnnotationNotes</name>
    <message>
        <source>%1 more numbered in the picture are not listed here; the annotations export has them all.</source>
        <translation>另有 %1 条批注在图中有编号，但未在此列出；批注导出文件中列有全部批注。</translation>
    </message>
</context>
<context>
    <name>at::AnnotationStore</name>
    <message>
        <source>The folder for the default workspace, “%1”, cannot be created.</source>
        <translation>无法创建默认工作区的文件夹“%1”。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <source>No workspace is open. Open or create one first.</source>
        <translation>没有打开的工作区。请先打开或新建一个。</translation>
    </message>
    <message>
        <source>No workspace file is open.</source>
        <translation>没有打开的工作区文件。</translation>
    </message>
</context>
<context>
    <name>at::AnnotationText</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>所有公司</translation>
    </message>
</context>
<context>
    <name>at::AnnotationsPanel</name>
    <message>
        <source>Search annotations</source>
        <translation>搜索批注</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>任意重要性</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the workspace file again (shows what other programs saved)</source>
        <translation>重新读取工作区文件（显示其他程序保存的内容）</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>所有作者</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 / %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>“%1” is not in the loaded dataset.</source>
        <translation>“%1”不在已加载的数据集中。</translation>
    </message>
    <message>
        <source>Go to Event</source>
        <translation>转到事件</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>删除批注</translation>
    </message>
</context>
<context>
    <name>at::Application</name>
    <message>
        <source>no display to open the window on (DISPLAY is not set); --export draws pictures without one</source>
        <translation>没有可打开窗口的显示器（未设置 DISPLAY）；--export 无需显示器即可绘制图片</translation>
    </message>
    <message>
        <source>--workspace: error: %1</source>
        <translation>--workspace：错误：%1</translation>
    </message>
    <message>
        <source>%1 An export cannot ask for it: put it in the PostgreSQL password file, ~/.pgpass or the file that PGPASSFILE names.</source>
        <translation>%1导出时无法询问密码：请把它写入 PostgreSQL 密码文件，即 ~/.pgpass 或 PGPASSFILE 所指的文件。</translation>
    </message>
</context>
<context>
    <name>at::AtomicFile</name>
    <message>
        <source>the disk did not confirm the write (%1)</source>
        <translation>磁盘未确认写入（%1）</translation>
    </message>
    <message>
        <source>the file could not be completed (%1)</source>
        <translation>无法完成文件（%1）</translation>
    </message>
    <message>
        <source>the new file could not be put in place (%1)</source>
        <translation>无法将新文件放到位（%1）</translation>
    </message>
    <message>
        <source>the disk did not confirm the new folder entry (%1)</source>
        <translation>磁盘未确认新的文件夹条目（%1）</translation>
    </message>
    <message>
        <source>%1; the new file is in place but may be lost after a crash</source>
        <translation>%1；新文件已就位，但崩溃后可能丢失</translation>
    </message>
    <message>
        <source>%1; the previous file was kept</source>
        <translation>%1；已保留原文件</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1；未保存任何内容</translation>
    </message>
    <message>
        <source>is a folder; nothing was saved</source>
        <translation>是文件夹；未保存任何内容</translation>
    </message>
    <message>
        <source>cannot be created in its folder (%1)</source>
        <translation>无法在其文件夹中创建（%1）</translation>
    </message>
    <message>
        <source>could not be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <source>was not opened for saving; nothing was saved</source>
        <translation>未打开以供保存；未保存任何内容</translation>
    </message>
    <message>
        <source>%1; the previous folder was kept</source>
        <translation>%1；已保留原文件夹</translation>
    </message>
    <message>
        <source>is a file, not a folder; it was kept</source>
        <translation>是文件而不是文件夹；已保留原样</translation>
    </message>
    <message>
        <source>is a folder with other files in it (%1); choose a new or empty folder; it was kept</source>
        <translation>是含有其他文件的文件夹（%1）；请选择新的或空的文件夹；已保留原样</translation>
    </message>
    <message>
        <source>the new folder could not be put in place (%1)</source>
        <translation>新文件夹无法放到位（%1）</translation>
    </message>
</context>
<context>
    <name>at::AuthorField</name>
    <message>
        <source>%1 (your user name)</source>
        <translation>%1（你的用户名）</translation>
    </message>
    <message>
        <source>Saved with each annotation you write. Leave empty to use your user name.</source>
        <translation>随你写的每条批注一起保存。留空则使用你的用户名。</translation>
    </message>
</context>
<context>
    <name>at::Charts</name>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Other (no breakdown given)</source>
        <translation>其他（未给出细分）</translation>
    </message>
    <message>
        <source>Other, including %1 (no breakdown given)</source>
        <translation>其他，包括 %1（未给出细分）</translation>
    </message>
    <message>
        <source>Figures for %1.</source>
        <translation>数据时间：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, ¶%1</source>
        <translation>，第 %1 段</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation>原文说法：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>at::CommandLine</name>
    <message>
        <source>Alliance Timeline: platform alliances, market figures and what people said, on one timeline.</source>
        <translation>联盟时间线：在一条时间线上查看平台联盟、市场数据和各方言论。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Export VIEW (%1) without opening a window. Repeat with --out for several.</source>
        <translation>不打开窗口，直接导出视图（%1）。可与 --out 成对重复使用，以导出多个视图。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1920x1080).</source>
        <translation>图像尺寸，单位为像素（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme: light or dark.</source>
        <translation>主题：light 或 dark。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>each --export needs one --out (got %1 --export and %2 --out)</source>
        <translation>每个 --export 都需要一个 --out（现有 %1 个 --export 和 %2 个 --out）</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; use one of %2</source>
        <translation>未知的视图“%1”；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size “%1”不是“宽x高”的形式，例如 1920x1080</translation>
    </message>
    <message>
        <source>--size %1 is out of range: each side from 16 to %2 pixels</source>
        <translation>--size %1 超出范围：每边应在 16 到 %2 像素之间</translation>
    </message>
    <message>
        <source>--to %1 is not after --from %2</source>
        <translation>--to %1 不晚于 --from %2</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not supported; use en or zh_CN</source>
        <translation>不支持 --lang “%1”；请使用 en 或 zh_CN</translation>
    </message>
    <message>
        <source>--theme &quot;%1&quot; is not supported; use light or dark</source>
        <translation>不支持 --theme “%1”；请使用 light 或 dark</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>--%1 “%2”不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Start of the pictures&apos; time range (YYYY, YYYY-MM, YYYY-MM-DD); needs --to.</source>
        <translation>图片时间范围的起点（YYYY、YYYY-MM、YYYY-MM-DD）；需同时给出 --to。</translation>
    </message>
    <message>
        <source>End of the pictures&apos; time range, that day included; needs --from.</source>
        <translation>图片时间范围的终点（含当天）；需同时给出 --from。</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; --help lists the options</source>
        <translation>未知选项“%1”；--help 列出所有选项</translation>
    </message>
    <message>
        <source>--from %1 needs --to: give both ends of the time range</source>
        <translation>--from %1 需要 --to：请给出时间范围的两端</translation>
    </message>
    <message>
        <source>--to %1 needs --from: give both ends of the time range</source>
        <translation>--to %1 需要 --from：请给出时间范围的两端</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not one of %3</source>
        <translation>--%1 “%2”不在以下取值之中：%3</translation>
    </message>
    <message>
        <source>--entity &quot;%1&quot;: the dataset has no company with this id</source>
        <translation>--entity “%1”：数据集中没有此 ID 的公司</translation>
    </message>
    <message>
        <source>The file to write: a picture (.png, .svg, .pdf) or the view&apos;s data (.csv).</source>
        <translation>要写入的文件：图片（.png、.svg、.pdf）或视图的数据（.csv）。</translation>
    </message>
    <message>
        <source>Keep only the events of this company (its id in the dataset; the companies under it come along). Repeat for several.</source>
        <translation>只保留该公司的事件（数据集中的 ID；其下属公司一并保留）。可重复使用以指定多个。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep only companies of these sectors (%1).</source>
        <translation>只保留这些行业的公司（%1）。</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keep only events of these kinds (%1).</source>
        <translation>只保留这些类型的事件（%1）。</translation>
    </message>
    <message>
        <source>Keep only events of these statuses (%1).</source>
        <translation>只保留这些状态的事件（%1）。</translation>
    </message>
    <message>
        <source>Keep only what mentions TEXT, in English or Chinese.</source>
        <translation>只保留提到 TEXT（英文或中文）的内容。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .png, .svg, .pdf or .csv</source>
        <translation>“%1”：文件名必须以 .png、.svg、.pdf 或 .csv 结尾</translation>
    </message>
    <message>
        <source>--cursor &quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>--cursor “%1”不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Load this dataset file (.json, .csv), or the dataset files in this folder, instead of the embedded dataset. Repeat for several; they are read as one dataset.</source>
        <translation>载入此数据集文件（.json、.csv）或此文件夹中的数据集文件，以取代内置数据集。可重复使用以指定多个；它们将作为一个数据集读取。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A workspace (.atws, or a postgresql:// address) to open, and dataset files or folders to load as --dataset does.</source>
        <translation>要打开的工作区（.atws 文件或 postgresql:// 地址），以及按 --dataset 的方式载入的数据集文件或文件夹。</translation>
    </message>
    <message>
        <source>[files…]</source>
        <translation>[文件…]</translation>
    </message>
    <message>
        <source>one workspace at a time: %1 and %2</source>
        <translation>一次只能打开一个工作区：%1 和 %2</translation>
    </message>
    <message>
        <source>Draw the time cursor at DATE (a month or a year: its last day); the share charts show the market and the network the alliances as of it.</source>
        <translation>在 DATE 处画出时间游标（月份或年份取其最后一天）；份额图显示该时刻的市场，关系网络显示该时刻的联盟。</translation>
    </message>
    <message>
        <source>--annotations: error: no annotation in %1 has the tag &quot;%2&quot;</source>
        <translation>--annotations：错误：%1 中没有带标签“%2”的批注</translation>
    </message>
    <message>
        <source>--annotations: error: no annotation in %1 is by &quot;%2&quot;</source>
        <translation>--annotations：错误：%1 中没有作者为“%2”的批注</translation>
    </message>
    <message>
        <source>The workspace (.atws, or a postgresql:// address) whose annotations to open, or to draw into the pictures.</source>
        <translation>要打开其批注或将其批注绘入图片的工作区（.atws 文件或 postgresql:// 地址）。</translation>
    </message>
    <message>
        <source>Which annotations of the workspace the pictures carry, numbered, with their text in notes under the picture: all (the default with --workspace), none, tag:NAME or author:NAME.</source>
        <translation>图片中带有工作区的哪些批注（带编号，文字列在图片下方的批注栏中）：all（指定 --workspace 时的默认值）、none、tag:名称 或 author:名称。</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>--workspace needs a file name</source>
        <translation>--workspace 需要一个文件名</translation>
    </message>
    <message>
        <source>--annotations: error: given %1 times; give it once</source>
        <translation>--annotations：错误：给出了 %1 次；只能给出一次</translation>
    </message>
    <message>
        <source>--annotations: error: &quot;%1&quot; is not all, none, tag:NAME or author:NAME</source>
        <translation>--annotations：错误：“%1”不是 all、none、tag:名称 或 author:名称</translation>
    </message>
    <message>
        <source>--annotations: error: only pictures made with --export carry annotations; the window&apos;s export dialog chooses its own</source>
        <translation>--annotations：错误：只有用 --export 生成的图片才带批注；窗口中的导出对话框自行选择</translation>
    </message>
    <message>
        <source>--annotations: error: no workspace to take them from; name one with --workspace FILE</source>
        <translation>--annotations：错误：没有可从中取批注的工作区；请用 --workspace 文件 指定一个</translation>
    </message>
    <message>
        <source>Write the annotation report of the workspace: to a folder (report.md and the pictures it shows) or, for a name ending in .pdf, to one PDF. --annotations chooses which.</source>
        <translation>写出工作区的批注报告：写到一个文件夹（report.md 及其所示图片），或在名称以 .pdf 结尾时写成一个 PDF。--annotations 选择包含哪些批注。</translation>
    </message>
    <message>
        <source>--report needs a folder or a .pdf file name</source>
        <translation>--report 需要一个文件夹或 .pdf 文件名</translation>
    </message>
    <message>
        <source>--report &quot;%1&quot;: a report is a folder (its report.md is written in it) or a .pdf file</source>
        <translation>--report “%1”：报告是一个文件夹（其中写入 report.md）或一个 .pdf 文件</translation>
    </message>
    <message>
        <source>--report: error: no workspace to take the annotations from; name one with --workspace FILE</source>
        <translation>--report：错误：没有可取批注的工作区；请用 --workspace FILE 指定</translation>
    </message>
    <message>
        <source>--annotations: error: none leaves --report nothing to report</source>
        <translation>--annotations：错误：none 使 --report 无可报告的内容</translation>
    </message>
    <message>
        <source>Open dataset files up to SIZE (bytes, or with K, M or G: 512M, 2G) in this run, instead of the Import size limit of the Preferences (by default derived from this computer&apos;s memory).</source>
        <translation>本次运行中打开不超过 SIZE 的数据集文件（字节数，或带 K、M、G：512M、2G），代替首选项中的“导入大小上限”（默认由本机内存推算）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>--max-file-size &quot;%1&quot; is not a size: a number of bytes, or with K, M or G (512M, 2G)</source>
        <translation>--max-file-size “%1”不是大小：应为字节数，或带 K、M、G（512M、2G）</translation>
    </message>
    <message>
        <source>--dataset needs a file or folder name</source>
        <translation>--dataset 需要一个文件名或文件夹名</translation>
    </message>
</context>
<context>
    <name>at::ConnectionIndicator</name>
    <message>
        <source>● Reconnecting…</source>
        <translation>● 正在重新连接…</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. It is tried again by itself; until then nothing can be saved, and what you type stays in the editor.</source>
        <translation>与 %1 的连接已断开。程序会自动重试；在此之前无法保存，你输入的内容会留在编辑器中。</translation>
    </message>
    <message>
        <source>● Read-only</source>
        <translation>● 只读</translation>
    </message>
    <message>
        <source>Connected to %1 with a role that may only read.</source>
        <translation>已连接到 %1，所用角色只能读取。</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>Connected to %1; colleagues&apos; changes appear as they are saved.</source>
        <translation>已连接到 %1；同事保存的修改会随即显示。</translation>
    </message>
    <message>
        <source> The connection is encrypted (TLS).</source>
        <translation>连接已加密（TLS）。</translation>
    </message>
    <message>
        <source> The connection is not encrypted: the server offers no TLS.</source>
        <translation>连接未加密：服务器不提供 TLS。</translation>
    </message>
</context>
<context>
    <name>at::CsvParser</name>
    <message>
        <source>a quoted field is not closed; a field that starts with &quot; ends with &quot;</source>
        <translation>带引号的字段没有结束：以 &quot; 开头的字段必须以 &quot; 结尾</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>字段的结束引号后还有文字；带引号的字段中的引号要写两次（&quot;&quot;）</translation>
    </message>
    <message>
        <source>a quote in a field that does not start with one; put the field in quotes and write the quote twice (&quot;&quot;)</source>
        <translation>未以引号开头的字段中出现了引号；请给该字段加上引号，并把其中的引号写两次（&quot;&quot;）</translation>
    </message>
</context>
<context>
    <name>at::CsvReader</name>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>invalid UTF-8; save the file as UTF-8 (GBK, Big5 and other encodings are not read)</source>
        <translation>无效的 UTF-8 编码；请将文件另存为 UTF-8（不读取 GBK、Big5 等其他编码）</translation>
    </message>
    <message>
        <source>the first line names no table this program reads: it should be the header of events, series, quotes, entities or sources (see resources/csv/README.md)</source>
        <translation>第一行不是本程序可读取的表：它应是事件、数据系列、引语、实体或来源表的表头（见 resources/csv/README.md）</translation>
    </message>
    <message>
        <source>unknown column %1 in a table of %2</source>
        <translation>%2表中没有 %1 列</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>列 %1 出现了两次</translation>
    </message>
    <message>
        <source>missing column %1 of a table of %2</source>
        <translation>缺少%2表的 %1 列</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>此行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为%1</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>the column %1 is of format version 1, but the column %2 makes this a table of version 2, which has %3 instead</source>
        <translation>列 %1 属于格式版本 1，但列 %2 使此表成为版本 2 的表，版本 2 改用 %3</translation>
    </message>
</context>
<context>
    <name>at::Dataset</name>
    <message>
        <source>%1, ¶%2</source>
        <translation>%1，第 %2 段</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between paragraph numbers of one article in a citation: &quot;¶2, 13&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the articles of a citation: &quot;Title, ¶2; Other title, ¶5&quot;.</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>at::DatasetFormat</name>
    <message>
        <source>%1 is already loaded; import with &quot;Replace&quot; or give it another id</source>
        <translation>%1 已加载；请以“替换”方式导入，或为其换一个 ID</translation>
    </message>
    <message>
        <source>%1 is also in another file of this import; give one of them another id</source>
        <translation>%1 也出现在本次导入的另一个文件中；请为其中一个换一个 ID</translation>
    </message>
</context>
<context>
    <name>at::DatasetImport</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is UTF-32; save it as UTF-8</source>
        <translation>文件是 UTF-32 编码；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark; save it as UTF-8</source>
        <translation>文件似乎是不带字节顺序标记（BOM）的 UTF-16；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>没有要导入的文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>1 series point</source>
        <translation>1 个数据点</translation>
    </message>
    <message>
        <source>%1 series points</source>
        <translation>%1 个数据点</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 条引语</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 条引语</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 个实体</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 个实体</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 个来源</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 个来源</translation>
    </message>
    <message>
        <source>1 market</source>
        <translation>1 个市场</translation>
    </message>
    <message>
        <source>%1 markets</source>
        <translation>%1 个市场</translation>
    </message>
    <message>
        <source>Nothing new in %1.</source>
        <translation>%1 中没有新内容。</translation>
    </message>
    <message>
        <source>Read %1 from %2.</source>
        <translation>已从 %2 读取 %1。</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 byte order mark but has an odd number of bytes</source>
        <translation>文件以 UTF-16 字节顺序标记（BOM）开头，但字节数为奇数</translation>
    </message>
    <message>
        <source>invalid UTF-16: a surrogate (U+%1) without its pair</source>
        <translation>无效的 UTF-16：代理项（U+%1）缺少与之配对的另一半</translation>
    </message>
</context>
<context>
    <name>at::DatasetPaths</name>
    <message>
        <source>the folder has no dataset files (.json or .csv) in it</source>
        <translation>该文件夹中没有数据集文件（.json 或 .csv）</translation>
    </message>
</context>
<context>
    <name>at::DatasetReader</name>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>series</source>
        <translation>数据系列</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>重复的键 %1</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>未知的键 %1</translation>
    </message>
    <message>
        <source>missing key %1</source>
        <translation>缺少键 %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1 is not a valid id (lower-case letters, digits and &apos;-&apos;, at most 64)</source>
        <translation>%1 不是有效的 ID（小写字母、数字和“-”，最多 64 个字符）</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为%1</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 不在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不是以下之一：%2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>unknown %1 %2</source>
        <translation>未知的%1 %2</translation>
    </message>
    <message>
        <source>%1 is not &quot;alliance-timeline-dataset&quot;</source>
        <translation>%1 不是“alliance-timeline-dataset”</translation>
    </message>
    <message>
        <source>%1 is newer than this program reads (%2)</source>
        <translation>%1 比本程序能读取的版本更新（%2）</translation>
    </message>
    <message>
        <source>%1 is beyond the %2 paragraphs of source %3</source>
        <translation>%1 超出了来源 %3 的 %2 个段落</translation>
    </message>
    <message>
        <source>more than %1 sources; this program reads at most %1</source>
        <translation>来源超过 %1 个；本程序最多读取 %1 个</translation>
    </message>
    <message>
        <source>more than %1 entities; this program reads at most %1</source>
        <translation>实体超过 %1 个；本程序最多读取 %1 个</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2</source>
        <translation>长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>%1 is before the start %2</source>
        <translation>%1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 列出了两次</translation>
    </message>
    <message>
        <source>must name at least one entity</source>
        <translation>必须至少指定一个实体</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 为负数</translation>
    </message>
    <message>
        <source>%1 is over 100 percent</source>
        <translation>%1 超过了百分之百</translation>
    </message>
    <message>
        <source>%1 is not after the previous point&apos;s date %2</source>
        <translation>%1 不晚于上一个数据点的日期 %2</translation>
    </message>
    <message>
        <source>a market is instantMessaging or microblog</source>
        <translation>市场只能是 instantMessaging 或 microblog</translation>
    </message>
    <message>
        <source>%1 is not positive</source>
        <translation>%1 不是正数</translation>
    </message>
    <message>
        <source>must be null when total is null</source>
        <translation>total 为 null 时此项也必须为 null</translation>
    </message>
    <message>
        <source>series %1 is %2, not %3</source>
        <translation>数据系列 %1 是 %2，而不是 %3</translation>
    </message>
    <message>
        <source>series %1 has no point at %2</source>
        <translation>数据系列 %1 在 %2 没有数据点</translation>
    </message>
    <message>
        <source>the parent chain loops back to %1</source>
        <translation>上级链条循环回到了 %1</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>文档嵌套过深</translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without one</source>
        <translation>文件以字节顺序标记（BOM）开头；请另存为不带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8 编码</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>a control character (U+%1) in a string; write it as an escape such as \t or \n</source>
        <translation>字符串中有控制字符（U+%1）；请改写为 \t 或 \n 这样的转义序列</translation>
    </message>
    <message>
        <source>an invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <source>an unpaired surrogate escape in a string</source>
        <translation>字符串中有未配对的代理项转义</translation>
    </message>
    <message>
        <source>%1 is not a number in JSON&apos;s form</source>
        <translation>%1 不是 JSON 格式的数字</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>duplicate id %1 (also %2)</source>
        <translation>重复的 ID %1（另见 %2）</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)</source>
        <translation>%1 不是日期（YYYY-MM-DD、YYYY-Www、YYYY-MM、YYYY-Qn 或 YYYY，年份在 1900 到 2100 之间）</translation>
    </message>
    <message>
        <source>must name at least one entity (ids separated by &apos;;&apos;)</source>
        <translation>必须至少指定一个实体（ID 以“;”分隔）</translation>
    </message>
    <message>
        <source>names more than %1 entities</source>
        <translation>指定的实体超过 %1 个</translation>
    </message>
    <message>
        <source>series %1 is of entity %2 (%3)</source>
        <translation>数据系列 %1 属于实体 %2（%3）</translation>
    </message>
    <message>
        <source>series %1 is of metric %2 (%3)</source>
        <translation>数据系列 %1 的指标是 %2（%3）</translation>
    </message>
    <message>
        <source>series %1 is in %2 (%3)</source>
        <translation>数据系列 %1 的单位是 %2（%3）</translation>
    </message>
    <message>
        <source>series %1 has a point at %2 already (%3)</source>
        <translation>数据系列 %1 在 %2 已有数据点（%3）</translation>
    </message>
    <message>
        <source>source %1 is cited twice; list its paragraphs once</source>
        <translation>来源 %1 被引用了两次；请只列一次并写出其所有段落</translation>
    </message>
    <message>
        <source>%1 is not after the paragraph before it, %2</source>
        <translation>%1 不在前一个段落 %2 之后</translation>
    </message>
    <message>
        <source>must name at least one paragraph</source>
        <translation>必须至少列出一个段落</translation>
    </message>
    <message>
        <source>must cite at least one source</source>
        <translation>必须至少引用一个来源</translation>
    </message>
    <message>
        <source>must have &quot;en&quot; or &quot;zh&quot; text</source>
        <translation>必须有 &quot;en&quot; 或 &quot;zh&quot; 文本</translation>
    </message>
    <message>
        <source>is our Chinese translation: &quot;zh&quot; only</source>
        <translation>这是我们的中文译文：只能有 &quot;zh&quot;</translation>
    </message>
    <message>
        <source>a paraphrase is our own wording: give its Chinese as its text</source>
        <translation>转述是我们自己的措辞：请把中文写在其文本中</translation>
    </message>
    <message>
        <source>a verbatim quote is what the article printed: give our Chinese as its translation</source>
        <translation>原话引语是文章刊登的原文：请把我们的中文写作其译文</translation>
    </message>
    <message>
        <source>key %1 needs format version %2; the file is of version %3</source>
        <translation>键 %1 需要格式版本 %2；此文件为版本 %3</translation>
    </message>
    <message>
        <source>key %1 is of format version %2; version %3 has %4 instead</source>
        <translation>键 %1 属于格式版本 %2；版本 %3 改用 %4</translation>
    </message>
    <message>
        <source>expected a string or an object of &quot;en&quot; and &quot;zh&quot;, found %1</source>
        <translation>应为字符串或含 &quot;en&quot; 和 &quot;zh&quot; 的对象，实际为 %1</translation>
    </message>
    <message>
        <source>a text is over %1 characters long; this program holds at most that many in one</source>
        <translation>有一段文本超过 %1 个字符；本程序每段文本最多容纳这么多</translation>
    </message>
    <message>
        <source>the text of the dataset takes %1 bytes; this program holds at most %2</source>
        <translation>数据集的文本占 %1 字节；本程序最多容纳 %2 字节</translation>
    </message>
</context>
<context>
    <name>at::DisplayText</name>
    <message>
        <source>[in English] </source>
        <extracomment>Put before dataset text that has no Chinese, so that it is never taken for a translation.</extracomment>
        <translation>［英文］</translation>
    </message>
    <message>
        <source>[in Chinese] </source>
        <translation>［中文］</translation>
    </message>
    <message>
        <source>Our translation:</source>
        <extracomment>Before our Chinese translation of a quote printed in English: it is ours, not the speaker&apos;s words.</extracomment>
        <translation>我们的译文：</translation>
    </message>
</context>
<context>
    <name>at::EventDescription</name>
    <message>
        <source>to the day</source>
        <translation>精确到日</translation>
    </message>
    <message>
        <source>to the week</source>
        <translation>精确到周</translation>
    </message>
    <message>
        <source>to the month</source>
        <translation>精确到月</translation>
    </message>
    <message>
        <source>to the quarter</source>
        <translation>精确到季度</translation>
    </message>
    <message>
        <source>to the year</source>
        <translation>精确到年</translation>
    </message>
    <message>
        <source>from %1, until %2</source>
        <translation>从 %1 起，至 %2</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 条引语</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 条引语</translation>
    </message>
</context>
<context>
    <name>at::EventDetailsPanel</name>
    <message>
        <source>Select an event on the timeline to see its details.</source>
        <translation>在时间线上选择一个事件以查看其详情。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Date note:</source>
        <translation>日期说明：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>参与方：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Quotes:</source>
        <translation>引语：</translation>
    </message>
</context>
<context>
    <name>at::EventModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>at::ExportController</name>
    <message>
        <source>Copied the picture of %1 to the clipboard</source>
        <translation>已将%1的图片复制到剪贴板</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The picture was not saved.</source>
        <translation>图片未保存。</translation>
    </message>
    <message>
        <source>there is no view named %1</source>
        <translation>没有名为 %1 的视图</translation>
    </message>
    <message>
        <source>Export the Data of %1</source>
        <translation>导出%1的数据</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>The data was not saved.</source>
        <translation>数据未保存。</translation>
    </message>
</context>
<context>
    <name>at::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Current view size (%1×%2)</source>
        <translation>当前视图尺寸（%1×%2）</translation>
    </message>
    <message>
        <source>1920×1080 (Full HD)</source>
        <translation>1920×1080（全高清）</translation>
    </message>
    <message>
        <source>3840×2160 (4K)</source>
        <translation>3840×2160（4K）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width, height:</source>
        <translation>宽、高：</translation>
    </message>
    <message>
        <source>Device pixel ratio: 2× doubles the pixels and keeps the layout, for high-DPI screens</source>
        <translation>设备像素比：2× 使像素加倍而保持布局不变，适用于高 DPI 屏幕</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Include the &amp;legend</source>
        <translation>包含图例(&amp;L)</translation>
    </message>
    <message>
        <source>Include the source &amp;footnote</source>
        <translation>包含来源脚注(&amp;F)</translation>
    </message>
    <message>
        <source>Visible range</source>
        <translation>可见范围</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>选定范围</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>From, to:</source>
        <translation>起、止：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Copy to &amp;Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Draw the time &amp;cursor</source>
        <translation>绘制时间游标(&amp;C)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;CSV data of the view (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF 文档 (*.pdf);;视图的 CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation>批注(&amp;A)：</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>标签为“%1”</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>作者为 %1</translation>
    </message>
</context>
<context>
    <name>at::ExportJob</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>at::ExportWriter</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: unknown format; use a file name ending in .png, .svg or .pdf</source>
        <translation>%1：未知格式；请使用以 .png、.svg 或 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>Exported by Alliance Timeline</source>
        <translation>由联盟时间线导出</translation>
    </message>
    <message>
        <source>cannot encode the image as PNG; nothing was saved</source>
        <translation>无法将图像编码为 PNG；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>at::FilterBar</name>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Filter events by text</source>
        <translation>按文字筛选事件</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>All Entities</source>
        <translation>所有实体</translation>
    </message>
    <message>
        <source>%1 Entities</source>
        <translation>%1 个实体</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>实体：%1</translation>
    </message>
    <message>
        <source>All Sectors</source>
        <translation>所有行业</translation>
    </message>
    <message>
        <source>%1 Sectors</source>
        <translation>%1 个行业</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>行业：%1</translation>
    </message>
    <message>
        <source>All Kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>%1 Kinds</source>
        <translation>%1 种类型</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>All Statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>%1 Statuses</source>
        <translation>%1 种状态</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>at::FuzzyDate</name>
    <message>
        <source>week of %1</source>
        <translation>%1 所在周</translation>
    </message>
</context>
<context>
    <name>at::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add your own events, series, quotes or entities from JSON or CSV files</source>
        <translation>从 JSON 或 CSV 文件添加你自己的事件、数据系列、引语或实体</translation>
    </message>
    <message>
        <source>&amp;Reload Embedded Dataset</source>
        <translation>重新加载内置数据集(&amp;R)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Datasets and tables (*.json *.csv);;Alliance Timeline datasets (*.json);;Tables (*.csv);;All files (*)</source>
        <translation>数据集和表格 (*.json *.csv);;联盟时间线数据集 (*.json);;表格 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 events, %2 entities, %3 series, %4 quotes</source>
        <translation>%1 个事件、%2 个实体、%3 个数据系列、%4 条引语</translation>
    </message>
    <message>
        <source>Import cancelled; nothing changed.</source>
        <translation>导入已取消；未作任何更改。</translation>
    </message>
    <message>
        <source>the loaded data changed while the files were read; import them again</source>
        <translation>读取文件期间已加载的数据发生了变化；请重新导入</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Embedded dataset 2010–2013</source>
        <translation>内置数据集 2010–2013</translation>
    </message>
    <message>
        <source>The embedded dataset is loaded again.</source>
        <translation>已重新加载内置数据集。</translation>
    </message>
</context>
<context>
    <name>at::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import this file:</source>
        <translation>导入此文件：</translation>
    </message>
    <message>
        <source>Import these %1 files:</source>
        <translation>导入这 %1 个文件：</translation>
    </message>
    <message>
        <source>&amp;Add to what is loaded</source>
        <translation>添加到已加载的数据(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace what is loaded</source>
        <translation>替换已加载的数据(&amp;R)</translation>
    </message>
    <message>
        <source>Loaded now: %1. The files may refer to its entities and sources; an id that is loaded already is reported and nothing is imported.</source>
        <translation>当前已加载：%1。这些文件可以引用其中的实体和来源；若有 ID 已加载，将报告该问题且不导入任何内容。</translation>
    </message>
    <message>
        <source>The files must then be complete on their own. The embedded dataset can be loaded again with File &gt; Reload Embedded Dataset.</source>
        <translation>这些文件必须自成完整的数据。可以通过“文件 &gt; 重新加载内置数据集”再次加载内置数据集。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>at::ImportErrorsDialog</name>
    <message>
        <source>Nothing Was Imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>These ids are loaded already, so nothing was imported and nothing changed. Give them other ids, or import with &quot;Replace&quot;.</source>
        <translation>这些 ID 已加载，因此未导入任何内容，也未作任何更改。请为它们换用其他 ID，或以“替换”方式导入。</translation>
    </message>
    <message>
        <source>The import found at least %1 problems (the first %1 are listed), so nothing was imported and nothing changed.</source>
        <translation>导入时发现至少 %1 个问题（下面列出前 %1 个），因此未导入任何内容，也未作任何更改。</translation>
    </message>
    <message>
        <source>The import found a problem, so nothing was imported and nothing changed.</source>
        <translation>导入时发现一个问题，因此未导入任何内容，也未作任何更改。</translation>
    </message>
    <message>
        <source>The import found %1 problems, so nothing was imported and nothing changed.</source>
        <translation>导入时发现 %1 个问题，因此未导入任何内容，也未作任何更改。</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>at::ImportLimit</name>
    <message>
        <source>the file is %1 bytes, over the import size limit of %2 bytes that this computer&apos;s %3 of memory allows (reading it needs about %4); to try anyway, set &quot;Import size limit&quot; in Edit &gt; Preferences, or start with --max-file-size %5</source>
        <translation>文件大小为 %1 字节，超过了本机 %3 内存所允许的 %2 字节导入大小上限（读取它约需 %4 内存）；如仍要尝试，请在“编辑 &gt; 首选项”中设置“导入大小上限”，或以 --max-file-size %5 启动</translation>
    </message>
    <message>
        <source>the file is %1 bytes, over the import size limit of %2 bytes; to open it, raise &quot;Import size limit&quot; in Edit &gt; Preferences, or start with --max-file-size %3</source>
        <translation>文件大小为 %1 字节，超过了 %2 字节的导入大小上限；要打开它，请在“编辑 &gt; 首选项”中调高“导入大小上限”，或以 --max-file-size %3 启动</translation>
    </message>
</context>
<context>
    <name>at::ImportProgressDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading %1 files…</source>
        <translation>正在读取 %1 个文件…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>at::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy with Citation</source>
        <translation>复制并附引文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Events…</source>
        <translation>查找事件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>显示全部(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Alliance Timeline</source>
        <translation>关于联盟时间线(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Quotes and Sources</source>
        <translation>引语与来源</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>About Alliance Timeline</source>
        <translation>关于联盟时间线</translation>
    </message>
    <message>
        <source>Event List</source>
        <translation>事件列表</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>Export &amp;View</source>
        <translation>导出视图(&amp;V)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 of %2 events, %3 of %4 user-count series, %5 of %6 quotes shown</source>
        <translation>显示 %1 / %2 个事件、%3 / %4 个用户数系列、%5 / %6 条言论</translation>
    </message>
    <message>
        <source>%1 Data (CSV)…</source>
        <translation>%1数据 (CSV)…</translation>
    </message>
</context>
<context>
    <name>at::MarketShareChart</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Shares of a stated total of %1 %2.</source>
        <translation>份额按所述总量（%2 %1）计算。</translation>
    </message>
    <message>
        <source>The sources give no total for this market, so shares cannot be computed; the members&apos; own figures are shown.</source>
        <translation>来源未给出此市场的总量，因此无法计算份额；显示的是各成员自身的数据。</translation>
    </message>
    <message>
        <source>Market shares: %1</source>
        <translation>市场份额：%1</translation>
    </message>
    <message>
        <source>The dataset has no market figures for this sector.</source>
        <translation>数据集中没有此行业的市场数据。</translation>
    </message>
    <message>
        <source>No market figures yet at %1: the first record is for %2.</source>
        <translation>%1 时尚无市场数据：第一条记录是 %2 的。</translation>
    </message>
    <message>
        <source>No market figures yet: the first record is for %1.</source>
        <translation>尚无市场数据：第一条记录是 %1 的。</translation>
    </message>
    <message>
        <source>Shares, %1</source>
        <translation>份额，%1</translation>
    </message>
    <message>
        <source>Figures, %1 (no total given)</source>
        <translation>数据，%1（未给出总量）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no figure given</source>
        <translation>%1：未给出数据</translation>
    </message>
    <message>
        <source>%1 (count)</source>
        <translation>%1（数量）</translation>
    </message>
    <message>
        <source>Other (no breakdown given)</source>
        <translation>其他（未给出细分）</translation>
    </message>
    <message>
        <source>users or accounts</source>
        <translation>用户或账户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Records over time, %1</source>
        <translation>历次记录：%1</translation>
    </message>
    <message>
        <source>Pale: outside the filter.</source>
        <translation>浅色：不在筛选范围内。</translation>
    </message>
</context>
<context>
    <name>at::MergeDatasets</name>
    <message>
        <source>together the text is too long to load</source>
        <translation>合并后的文本过长，无法加载</translation>
    </message>
    <message>
        <source>together there are %1 entities; this program reads at most %2</source>
        <translation>合并后共有 %1 个实体；本程序最多读取 %2 个</translation>
    </message>
    <message>
        <source>together there are %1 sources; this program reads at most %2</source>
        <translation>合并后共有 %1 个来源；本程序最多读取 %2 个</translation>
    </message>
</context>
<context>
    <name>at::NetworkCanvas</name>
    <message>
        <source>Alliance network, %1</source>
        <translation>联盟关系网络，%1</translation>
    </message>
    <message>
        <source>Left and Right: companies; Down and Up: the company&apos;s lines; Enter: select; plus and minus: zoom; 0: fit</source>
        <translation>左右键：切换公司；上下键：切换该公司的连线；回车：选中；加号和减号：缩放；0：适应窗口</translation>
    </message>
</context>
<context>
    <name>at::NetworkExport</name>
    <message>
        <source>Alliance network</source>
        <translation>联盟关系网络</translation>
    </message>
    <message>
        <source>Sources: %1 articles; the network&apos;s CSV export lists the source of every line.</source>
        <translation>来源：%1 篇文章；关系网络的 CSV 导出列出每条连线的来源。</translation>
    </message>
</context>
<context>
    <name>at::NetworkView</name>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>announced, rumoured, unconfirmed or planned</source>
        <translation>已宣布、传闻、未证实或计划中</translation>
    </message>
    <message>
        <source>date uncertain</source>
        <translation>日期不确定</translation>
    </message>
    <message>
        <source>over (fades within half a year)</source>
        <translation>已结束（半年内淡出）</translation>
    </message>
    <message>
        <source>company holding its products</source>
        <translation>母公司及其产品</translation>
    </message>
    <message>
        <source>disc area: %1</source>
        <translation>圆面积：%1</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>no figure: no size claim</source>
        <translation>无数据：大小不代表任何数值</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1与%2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Not begun yet (%1)</source>
        <translation>尚未开始（%1）</translation>
    </message>
    <message>
        <source>Date uncertain: may have begun (%1)</source>
        <translation>日期不确定：可能已开始（%1）</translation>
    </message>
    <message>
        <source>Date uncertain: may have ended (%1)</source>
        <translation>日期不确定：可能已结束（%1）</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Over since %1</source>
        <translation>自 %1 起已结束</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>行业：%1</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>隶属于 %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No figure for %1 by then: the disc&apos;s size says nothing</source>
        <translation>截至此时没有%1的数据：圆的大小不代表任何数值</translation>
    </message>
    <message>
        <source>: %1 lines in force, %2 uncertain, %3 over</source>
        <translation>：%1 条有效连线，%2 条不确定，%3 条已结束</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1: %2, %3; %4</source>
        <translation>%1：%2，%3；%4</translation>
    </message>
    <message>
        <source>Laying out the network of %1 companies and %2 events…</source>
        <translation>正在为 %1 家公司和 %2 个事件布局关系网络…</translation>
    </message>
    <message>
        <source>The network was not laid out. Lay it out when you are ready; it takes a few seconds for a big dataset.</source>
        <translation>关系网络尚未布局。准备好后再进行布局；大型数据集需要几秒钟。</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>大小相同</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Disc area follows this figure as of the time cursor; one metric at a time</source>
        <translation>圆面积按时间游标时刻的该项数据绘制；每次只用一种指标</translation>
    </message>
    <message>
        <source>Size companies by</source>
        <translation>公司大小依据</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show what the colours, lines and sizes mean</source>
        <translation>显示颜色、线条和大小的含义</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole network (0)</source>
        <translation>显示整个关系网络（0）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Alliance Network</source>
        <translation>联盟关系网络</translation>
    </message>
</context>
<context>
    <name>at::Numbers</name>
    <message>
        <source>%1 billion</source>
        <translation>%1 十亿</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千</translation>
    </message>
</context>
<context>
    <name>at::OverviewStrip</name>
    <message>
        <source>Timeline overview</source>
        <translation>时间线概览</translation>
    </message>
    <message>
        <source>The whole time range. Drag the window to move the view, drag its edges to zoom.</source>
        <translation>整个时间范围。拖动窗口可移动视图，拖动其边缘可缩放。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>at::PlayControl</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause the time cursor</source>
        <translation>暂停时间游标</translation>
    </message>
    <message>
        <source>Play: move the time cursor through the data</source>
        <translation>播放：让时间游标在数据中移动</translation>
    </message>
    <message>
        <source>1 month a second</source>
        <translation>每秒 1 个月</translation>
    </message>
    <message>
        <source>1 quarter a second</source>
        <translation>每秒 1 个季度</translation>
    </message>
    <message>
        <source>6 months a second</source>
        <translation>每秒 6 个月</translation>
    </message>
    <message>
        <source>1 year a second</source>
        <translation>每秒 1 年</translation>
    </message>
    <message>
        <source>2 years a second</source>
        <translation>每秒 2 年</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <translation>时间游标</translation>
    </message>
</context>
<context>
    <name>at::PostgresWorkspace</name>
    <message>
        <source>“%1” is not a team workspace address: %2</source>
        <translation>“%1”不是团队工作区地址：%2</translation>
    </message>
    <message>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE?workspace=NAME</source>
        <translation>请写成 postgresql://用户@主机:端口/数据库?workspace=名称</translation>
    </message>
    <message>
        <source>a password is never written into the address; put it in the PostgreSQL password file (~/.pgpass)</source>
        <translation>地址中绝不写入密码；请将密码放入 PostgreSQL 密码文件（~/.pgpass）</translation>
    </message>
    <message>
        <source>unknown setting “%1”</source>
        <translation>未知设置“%1”</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>其中没有指明数据库</translation>
    </message>
    <message>
        <source>the workspace name is empty</source>
        <translation>工作区名称为空</translation>
    </message>
    <message>
        <source>Team workspaces need Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql), which is not installed.</source>
        <translation>团队工作区需要 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），但它尚未安装。</translation>
    </message>
    <message>
        <source>The team workspace server %1 cannot be reached, or refused the connection.</source>
        <translation>无法连接团队工作区服务器 %1，或其拒绝了连接。</translation>
    </message>
    <message>
        <source>The team workspace database %1 was set up by a newer version of Alliance Timeline (schema %2; this version knows up to %3). It was not changed; use a newer version.</source>
        <translation>团队工作区数据库 %1 由更新版本的联盟时间线建立（结构版本 %2；本版本最高支持 %3）。未作任何更改；请使用更新的版本。</translation>
    </message>
    <message>
        <source>The team workspace server %1 does not pass on changes.</source>
        <translation>团队工作区服务器 %1 不转发更改通知。</translation>
    </message>
    <message>
        <source>Not saved: the connection to the team workspace server %1 was lost. Your text stays in the editor; the connection is tried again every few seconds.</source>
        <translation>未保存：与团队工作区服务器 %1 的连接已断开。你的文字仍保留在编辑器中；程序每隔几秒会自动重新连接。</translation>
    </message>
    <message>
        <source>Not saved: the role “%1” may only read the team workspace %2. Ask its administrator for the rights to write (see the administrator&apos;s guide).</source>
        <translation>未保存：角色“%1”只能读取团队工作区 %2。请向其管理员申请写入权限（见管理员指南）。</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be used.</source>
        <translation>无法使用团队工作区 %1。</translation>
    </message>
    <message>
        <source>A colleague deleted this annotation. The list now shows the team workspace as it is.</source>
        <translation>一位同事删除了此批注。列表现在显示团队工作区的当前内容。</translation>
    </message>
    <message>
        <source>%1 saved an annotation with the same id at %2; nothing was overwritten. The list now shows the team workspace as it is.</source>
        <translation>%1 于 %2 保存了一条相同 ID 的批注；没有覆盖任何内容。列表现在显示团队工作区的当前内容。</translation>
    </message>
    <message>
        <source>%1 changed this annotation at %2, after you read it; your change was not saved, so as not to overwrite theirs. The list now shows their version.</source>
        <translation>%1 在你读取之后于 %2 修改了此批注；为免覆盖对方的修改，你的更改未保存。列表现在显示对方的版本。</translation>
    </message>
    <message>
        <source>The team workspace server %1 asks for the password of the role “%2”.</source>
        <translation>团队工作区服务器 %1 要求输入角色“%2”的密码。</translation>
    </message>
    <message>
        <source>The team workspace server %1 refused the connection: %2</source>
        <translation>团队工作区服务器 %1 拒绝了连接：%2</translation>
    </message>
    <message>
        <source>The team workspace server %1 does not offer an encrypted connection (TLS), and the address requires one (sslmode=%2). Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>团队工作区服务器 %1 不提供加密连接（TLS），而地址要求加密（sslmode=%2）。请让服务器管理员开启 TLS。</translation>
    </message>
</context>
<context>
    <name>at::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>The new language is used the next time Alliance Timeline starts.</source>
        <translation>新的语言将在下次启动联盟时间线时生效。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Export width</source>
        <translation>导出宽度</translation>
    </message>
    <message>
        <source>Export height</source>
        <translation>导出高度</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Annotation &amp;author:</source>
        <translation>批注作者(&amp;A)：</translation>
    </message>
    <message>
        <source>Default &amp;export size:</source>
        <translation>默认导出尺寸(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Import size limit:</source>
        <translation>导入大小上限(&amp;I)：</translation>
    </message>
    <message>
        <source>Automatic: %1 MiB for this computer&apos;s memory</source>
        <translation>自动：按本机内存为 %1 MiB</translation>
    </message>
    <message>
        <source>Datasets larger than this are refused before they are read. For one run: --max-file-size on the command line.</source>
        <translation>大于此大小的数据集在读取前即被拒绝。仅用于一次运行时：在命令行使用 --max-file-size。</translation>
    </message>
</context>
<context>
    <name>at::QuoteModel</name>
    <message>
        <source>(paraphrase) %1</source>
        <translation>（转述）%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>at::QuotePanel</name>
    <message>
        <source>For Selection</source>
        <translation>与所选相关</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Search quotes and sources</source>
        <translation>搜索引语和来源</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Clear the selection and list every quote</source>
        <translation>清除选择并列出所有引语</translation>
    </message>
    <message>
        <source>Quotes and sources</source>
        <translation>引语与来源</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言人</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <source>Everything taken from each article, in paragraph order</source>
        <translation>每篇文章中摘取的全部内容，按段落顺序排列</translation>
    </message>
    <message>
        <source>The sources quote no one on this.</source>
        <translation>来源中没有人就此发表言论。</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的内容。</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 条</translation>
    </message>
    <message>
        <source>&amp;Copy Quote with Citation</source>
        <translation>复制引语并附引文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy with Citation</source>
        <translation>复制并附引文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Select Linked Event</source>
        <translation>选择关联事件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>Show in &amp;Sources</source>
        <translation>在来源中显示(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of %2 shown (filtered)</source>
        <translation>显示 %1 / %2 条（已筛选）</translation>
    </message>
</context>
<context>
    <name>at::QuoteQuery</name>
    <message>
        <source>¶%1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>发布者：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>Date note:</source>
        <translation>日期说明：</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>%1 paragraphs</source>
        <translation>%1 段</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>转述</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>关于：</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>参与方：</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总量：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Other includes:</source>
        <translation>其他包括：</translation>
    </message>
    <message>
        <source>All quotes, in date order</source>
        <translation>全部引语，按日期排列</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>Quotes about %1</source>
        <translation>关于%1的引语</translation>
    </message>
    <message>
        <source>Data point: %1, %2</source>
        <translation>数据点：%1，%2</translation>
    </message>
    <message>
        <source>Quote by %1</source>
        <translation>%1 的引语</translation>
    </message>
    <message>
        <source>Quotes nearest the time cursor (%1) first</source>
        <translation>言论按与时间游标（%1）的远近排列，最近的在前</translation>
    </message>
</context>
<context>
    <name>at::RangeAnnotations</name>
    <message>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>The annotation was not saved.</source>
        <translation>批注未保存。</translation>
    </message>
    <message>
        <source>Annotate Span</source>
        <translation>批注时段</translation>
    </message>
    <message>
        <source>Annotate Period</source>
        <translation>批注时期</translation>
    </message>
    <message>
        <source>What happened in %1?</source>
        <translation>%1 期间发生了什么？</translation>
    </message>
</context>
<context>
    <name>at::ReportText</name>
    <message>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Annotated events</source>
        <translation>已批注的事件</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) on %1 event(s) and %2 data point(s).</source>
        <translation>
            <numerusform>%1 个事件和 %2 个数据点上共有 %n 条批注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>参与方：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Event id: %1</source>
        <translation>事件 ID：%1</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Annotated data points</source>
        <translation>已批注的数据点</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>数值：%1</translation>
    </message>
    <message>
        <source>Claim: %1</source>
        <translation>原文说法：%1</translation>
    </message>
    <message>
        <source>Annotations on events not in the loaded dataset</source>
        <translation>所批注的事件不在已加载的数据集中</translation>
    </message>
    <message>
        <source>Annotated spans and periods</source>
        <translation>有批注的时段与时期</translation>
    </message>
    <message>
        <source>The timeline around %1</source>
        <translation>%1前后的时间线</translation>
    </message>
    <message>
        <source>User counts around %1</source>
        <translation>%1前后的用户数</translation>
    </message>
    <message>
        <source>The timeline, %1</source>
        <translation>时间线，%1</translation>
    </message>
    <message>
        <source>User counts, %1</source>
        <translation>用户数，%1</translation>
    </message>
</context>
<context>
    <name>at::ReportWriter</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>this program has no view to draw %1</source>
        <translation>本程序没有可绘制 %1 的视图</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1；未保存任何内容</translation>
    </message>
    <message>
        <source>Annotation report</source>
        <translation>批注报告</translation>
    </message>
</context>
<context>
    <name>at::SaveStatusLabel</name>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ 已保存 %1</translation>
    </message>
    <message>
        <source>Every change is written to the workspace file as soon as it is made.</source>
        <translation>每次更改都会立即写入工作区文件。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>at::SeriesModel</name>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>approaching %1</source>
        <translation>接近 %1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>数据系列</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>at::SqliteWorkspace</name>
    <message>
        <source>The workspace “%1” does not exist.</source>
        <translation>工作区“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1”是文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read.</source>
        <translation>无法读取工作区“%1”。</translation>
    </message>
    <message>
        <source>“%1” is empty, not an Alliance Timeline workspace. It was not opened and was not changed.</source>
        <translation>“%1”是空文件，不是联盟时间线工作区。未打开，也未作任何更改。</translation>
    </message>
    <message>
        <source>“%1” is not an Alliance Timeline workspace (it is not an SQLite database). It was not opened and was not changed.</source>
        <translation>“%1”不是联盟时间线工作区（它不是 SQLite 数据库）。未打开，也未作任何更改。</translation>
    </message>
    <message>
        <source>It was not opened and was not changed.</source>
        <translation>未打开，也未作任何更改。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not an Alliance Timeline workspace. It was not opened and was not changed.</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是联盟时间线工作区。未打开，也未作任何更改。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Alliance Timeline (workspace format %2; this version reads formats up to %3). It was not opened and was not changed; open it with a newer version.</source>
        <translation>“%1”由更新版本的联盟时间线写入（工作区格式 %2；本版本最多读取格式 %3）。未打开，也未作任何更改；请用更新的版本打开。</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged. It was not opened and was not changed; use a backup copy, or start a new workspace.</source>
        <translation>工作区“%1”已损坏。未打开，也未作任何更改；请使用备份副本，或新建一个工作区。</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be written.</source>
        <translation>无法写入工作区“%1”。</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be read to keep a copy before upgrading it. It was not opened and was not changed.</source>
        <translation>升级前无法读取工作区“%1”以保存副本。未打开，也未更改。</translation>
    </message>
    <message>
        <source>The workspace “%1” is of an older format and must be upgraded, but a copy of it as it is could not be kept. It was not opened and was not changed.</source>
        <translation>工作区“%1”为旧格式，需要升级，但无法保存其当前副本。未打开，也未更改。</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created.</source>
        <translation>无法创建工作区“%1”。</translation>
    </message>
    <message>
        <source>The workspace file “%1” no longer exists. Put it back, or use Save Workspace As to keep its annotations in a new file.</source>
        <translation>工作区文件“%1”已不存在。请将其放回原处，或使用“工作区另存为”把其中的批注保存到新文件。</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be written: its folder does not allow new files (saving needs a journal file next to the workspace).</source>
        <translation>无法写入工作区“%1”：其所在文件夹不允许新建文件（保存时需要在工作区旁边创建日志文件）。</translation>
    </message>
    <message>
        <source>Another program saved this annotation in the same workspace in the meantime. The list was re-read from the file; nothing was overwritten.</source>
        <translation>在此期间，另一个程序已在同一工作区保存了此批注。列表已从文件重新读取；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>This annotation was changed by another program using the same workspace since it was read. The list was re-read from the file; check it and try again.</source>
        <translation>自读取以来，此批注已被使用同一工作区的另一个程序修改。已从文件重新读取列表；请检查后重试。</translation>
    </message>
    <message>
        <source>This annotation was deleted by another program using the same workspace. The list was re-read from the file.</source>
        <translation>此批注已被使用同一工作区的另一个程序删除。已从文件重新读取列表。</translation>
    </message>
</context>
<context>
    <name>at::StoreError</name>
    <message>
        <source>The workspace “%1” could not be used.</source>
        <translation>无法使用工作区“%1”。</translation>
    </message>
    <message>
        <source>The workspace file “%1” was moved or deleted while it was open. Put it back, or use Save Workspace As to keep its annotations in a new file.</source>
        <translation>工作区文件“%1”在打开期间被移动或删除。请将其放回原处，或使用“工作区另存为”把其中的批注保存到新文件。</translation>
    </message>
    <message>
        <source>The workspace “%1” is locked by another program. Try again when that program has finished.</source>
        <translation>工作区“%1”已被其他程序锁定。请在该程序完成后重试。</translation>
    </message>
    <message>
        <source>The disk holding the workspace “%1” is full. Free some space and try again.</source>
        <translation>存放工作区“%1”的磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be written: the file or its folder is read-only.</source>
        <translation>无法写入工作区“%1”：文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be opened.</source>
        <translation>无法打开工作区“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not an Alliance Timeline workspace: it is not an SQLite database.</source>
        <translation>“%1”不是联盟时间线工作区：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged.</source>
        <translation>工作区“%1”已损坏。</translation>
    </message>
    <message>
        <source>The disk reported an error while using the workspace “%1”.</source>
        <translation>使用工作区“%1”时磁盘报告了错误。</translation>
    </message>
</context>
<context>
    <name>at::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>打开团队工作区</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>服务器支持时使用（prefer）</translation>
    </message>
    <message>
        <source>Always; refuse a server without it (require)</source>
        <translation>始终使用；拒绝不支持的服务器（require）</translation>
    </message>
    <message>
        <source>The password is read from the PostgreSQL password file (~/.pgpass). When the server asks for one that is not there, you are asked for it; it is used for this connection only and never saved.</source>
        <translation>密码从 PostgreSQL 密码文件（~/.pgpass）读取。服务器要求的密码不在其中时，会询问你；它只用于这次连接，从不保存。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>工作区(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Enter the server: its host name or address, or the folder of its socket.</source>
        <translation>请输入服务器：主机名或地址，或其套接字所在的文件夹。</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address.</source>
        <translation>“%1”不是主机名或地址。</translation>
    </message>
    <message>
        <source>The socket folder “%1” contains a space.</source>
        <translation>套接字文件夹“%1”含有空格。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>A database name cannot contain “/”.</source>
        <translation>数据库名称不能含有“/”。</translation>
    </message>
    <message>
        <source>Enter the role (user name) to connect as.</source>
        <translation>请输入用于连接的角色（用户名）。</translation>
    </message>
    <message>
        <source>Enter the name of the workspace in that database.</source>
        <translation>请输入该数据库中工作区的名称。</translation>
    </message>
    <message>
        <source>These fields cannot be written as one address; check the server and the role.</source>
        <translation>这些字段无法组成一个地址；请检查服务器和角色。</translation>
    </message>
</context>
<context>
    <name>at::TimelineExport</name>
    <message>
        <source>Platform alliances and events</source>
        <translation>平台联盟与事件</translation>
    </message>
    <message>
        <source>Sources: %1 articles, cited by the events shown; the dataset (%2) lists them, and so does this view&apos;s CSV export (its source_title column).</source>
        <translation>来源：图中事件引用了 %1 篇文章；数据集（%2）列出了这些文章，本视图的 CSV 导出（source_title 列）中也有。</translation>
    </message>
</context>
<context>
    <name>at::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>No event selected. Tab moves to the next event, arrows pan, plus and minus zoom.</source>
        <translation>未选择事件。Tab 键移到下一个事件，方向键平移，加号和减号缩放。</translation>
    </message>
    <message>
        <source>Drag to reorder; right-click to hide</source>
        <translation>拖动可调整顺序；右键单击可隐藏</translation>
    </message>
    <message>
        <source>Click to collapse or expand the group</source>
        <translation>单击可折叠或展开该组</translation>
    </message>
    <message>
        <source>Click or drag to set the current time</source>
        <translation>单击或拖动以设置当前时间</translation>
    </message>
    <message>
        <source>Current time: %1. Drag to move it.</source>
        <translation>当前时间：%1。拖动可移动它。</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>隐藏“%1”</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Expand “%1”</source>
        <translation>展开“%1”</translation>
    </message>
    <message>
        <source>Collapse “%1”</source>
        <translation>折叠“%1”</translation>
    </message>
    <message>
        <source>Show All Lanes</source>
        <translation>显示所有行</translation>
    </message>
    <message>
        <source>Set Current Time Here</source>
        <translation>将当前时间设在此处</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source> (%1, %2 hidden)</source>
        <translation>（%1 行，已隐藏 %2 行）</translation>
    </message>
    <message>
        <source>announced, rumoured or unconfirmed</source>
        <translation>已宣布、传闻或未证实</translation>
    </message>
    <message>
        <source>planned (dashed)</source>
        <translation>计划中（虚线）</translation>
    </message>
    <message>
        <source>has an end date</source>
        <translation>有结束日期</translation>
    </message>
    <message>
        <source>several parties</source>
        <translation>多个参与方</translation>
    </message>
    <message>
        <source>events grouped: zoom in</source>
        <translation>事件已合并：请放大查看</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>参与方：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 条批注</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 条批注</translation>
    </message>
    <message>
        <source>%1, %2; %3; parties: %4; source: %5</source>
        <translation>%1，%2；%3；参与方：%4；来源：%5</translation>
    </message>
    <message>
        <source>1 event, %1</source>
        <translation>1 个事件，%1</translation>
    </message>
    <message>
        <source>%1 events, %2</source>
        <translation>%1 个事件，%2</translation>
    </message>
    <message>
        <source>Click or zoom in to see them</source>
        <translation>单击或放大以查看</translation>
    </message>
    <message>
        <source>date known to the week, month, quarter or year</source>
        <translation>日期仅精确到周、月、季度或年</translation>
    </message>
    <message numerus="yes">
        <source>Zoom In to These %n Events</source>
        <translation>
            <numerusform>放大查看这 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in to see them</source>
        <translation>
            <numerusform>另有 %n 个：放大即可查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag it, or drag its ends, to change its days; click it, then the arrow keys move it (Shift: its last day, Ctrl: its first).</source>
        <translation>拖动它或拖动它的两端可更改日期；单击选中后，方向键可移动它（Shift：移动最后一天，Ctrl：移动第一天）。</translation>
    </message>
    <message>
        <source>Annotate Span…</source>
        <translation>批注时段…</translation>
    </message>
    <message>
        <source>Annotate Period…</source>
        <translation>批注时期…</translation>
    </message>
</context>
<context>
    <name>at::UndoHistoryView</name>
    <message>
        <source>Workspace opened</source>
        <translation>已打开工作区</translation>
    </message>
</context>
<context>
    <name>at::UserCountChart</name>
    <message>
        <source>Users and accounts, as reported</source>
        <translation>用户数与账户数（按报道）</translation>
    </message>
    <message>
        <source>Date (a quarter or a year is placed at its middle)</source>
        <translation>日期（季度或年份标在其中点）</translation>
    </message>
    <message>
        <source>Users or accounts (count, logarithmic scale)</source>
        <translation>用户数或账户数（数量，对数刻度）</translation>
    </message>
    <message>
        <source>Users or accounts (count)</source>
        <translation>用户数或账户数（数量）</translation>
    </message>
    <message>
        <source>● exact   ○ approximately   △ lower bound (at least, more than)   ▽ upper bound (approaching). Dashed lines join reported points; they are not measurements.</source>
        <translation>● 精确   ○ 约数   △ 下限（至少、超过）   ▽ 上限（接近）。虚线连接报道的数据点，并非实测值。</translation>
    </message>
    <message>
        <source>No user counts in this dataset</source>
        <translation>此数据集中没有用户数</translation>
    </message>
    <message>
        <source>The filter keeps no company with user counts</source>
        <translation>筛选结果中没有带用户数的公司</translation>
    </message>
    <message>
        <source>Every series is hidden: click one in the legend to show it</source>
        <translation>所有系列均已隐藏：单击图例中的系列以显示</translation>
    </message>
    <message>
        <source>Sources: %1 articles, cited by the series shown; this view&apos;s CSV export lists them (its source_title column).</source>
        <translation>来源：图中系列引用了 %1 篇文章；本视图的 CSV 导出（source_title 列）列出了这些文章。</translation>
    </message>
</context>
<context>
    <name>at::UserCountExport</name>
    <message>
        <source>User counts over time</source>
        <translation>用户数变化</translation>
    </message>
</context>
<context>
    <name>at::ViewTitles</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>User Counts</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>IM Market Share</source>
        <translation>即时通讯市场份额</translation>
    </message>
    <message>
        <source>Microblog Market Share</source>
        <translation>微博市场份额</translation>
    </message>
</context>
<context>
    <name>at::Vocabulary</name>
    <message>
        <source>instant messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>microblog</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>门户网站</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>e-commerce</source>
        <translation>电子商务</translation>
    </message>
    <message>
        <source>telecom</source>
        <translation>电信</translation>
    </message>
    <message>
        <source>security software</source>
        <translation>安全软件</translation>
    </message>
    <message>
        <source>social network</source>
        <translation>社交网络</translation>
    </message>
    <message>
        <source>alliance</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>上线</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation>传闻</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未证实</translation>
    </message>
    <message>
        <source>active accounts</source>
        <translation>活跃账户</translation>
    </message>
    <message>
        <source>registered users</source>
        <translation>注册用户</translation>
    </message>
    <message>
        <source>peak concurrent users</source>
        <translation>最高同时在线用户</translation>
    </message>
    <message>
        <source>users (as stated)</source>
        <translation>用户（按原文）</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>stake</source>
        <translation>股份</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>approximately</source>
        <translation>约</translation>
    </message>
    <message>
        <source>approaching</source>
        <translation>接近</translation>
    </message>
</context>
<context>
    <name>at::WorkspaceActions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>打开工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;read Workspace</source>
        <translation>重新读取工作区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>导入批注(&amp;I)…</translation>
    </message>
    <message>
        <source>Export Annotations as &amp;JSON…</source>
        <translation>将批注导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export Annotations as &amp;CSV…</source>
        <translation>将批注导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Reread Workspace</source>
        <translation>重新读取工作区</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Your annotations cannot be shown or saved until a workspace is open. %1

Use File &gt; New Workspace or Open Workspace.</source>
        <translation>在打开工作区之前，无法显示或保存你的批注。%1

请使用“文件 &gt; 新建工作区”或“打开工作区”。</translation>
    </message>
    <message>
        <source>New workspace %1</source>
        <translation>新建工作区 %1</translation>
    </message>
    <message>
        <source>Opened workspace %1</source>
        <translation>已打开工作区 %1</translation>
    </message>
    <message>
        <source>Workspace saved as %1</source>
        <translation>工作区已另存为 %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 already here, %4 kept (the workspace&apos;s were newer)</source>
        <translation>已导入：新增 %1 条，更新 %2 条，已存在 %3 条，保留 %4 条（工作区中的较新）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条批注导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliance Timeline workspaces (*.%1);;All files (*)</source>
        <translation>联盟时间线工作区 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>Annotations (*.json *.csv);;All files (*)</source>
        <translation>批注 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”; the workspace is unchanged.</source>
        <translation>未从“%1”导入任何内容；工作区未作更改。</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>The workspace was upgraded from format %1; a copy of it as it was is kept at %2</source>
        <translation>工作区已从格式 %1 升级；升级前的副本保存在 %2</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>打开团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Opened team workspace %1</source>
        <translation>已打开团队工作区 %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>It is used for this connection only and never saved.</source>
        <translation>它只用于这次连接，从不保存。</translation>
    </message>
    <message>
        <source>Open Team Workspace</source>
        <translation>打开团队工作区</translation>
    </message>
    <message>
        <source>The workspace that was open stays open.</source>
        <translation>原来打开的工作区仍然打开。</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <source>No workspace is open: use File &gt; Open Team Workspace to try again.</source>
        <translation>没有打开任何工作区：请用“文件 &gt; 打开团队工作区”重试。</translation>
    </message>
    <message>
        <source>Export Annotation &amp;Report (Folder with Pictures)…</source>
        <translation>导出批注报告（含图片的文件夹）(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Annotation Report as &amp;PDF…</source>
        <translation>将批注报告导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>no views to draw the report&apos;s pictures; nothing was saved</source>
        <translation>没有可绘制报告图片的视图；未保存任何内容</translation>
    </message>
    <message>
        <source>Report folder (*)</source>
        <translation>报告文件夹 (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>“%1”已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Drawing the report&apos;s pictures…</source>
        <translation>正在绘制报告图片…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed</source>
        <translation>导出已取消；未做任何更改</translation>
    </message>
</context>
</TS>
