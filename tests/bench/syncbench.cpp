// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// taizhang-sync-bench: Taizhang's sync measured the way ../shared/bench/pouchdb measures PouchDB's
// replication, on the same record shape (a resident with name, phone and address; a case with a
// category, a class and a 200-character description), over the real taizhang-server on 127.0.0.1.
// Phases per run: gen (N cases on device A), push A -> server, pull server -> new device B, edit 1%
// on A (a note each), incremental push, incremental pull; with --delay-ms the requests pass a
// proxy that holds each one that long. The first pull takes the server's starting copy (built in
// phase snapshot_build, timed apart) and "index" is the search index catching up afterwards (in
// the background on a desktop).
// Prints one JSON object.
//   taizhang-sync-bench --cases N [--runs R] [--delay-ms MS] [--out DIR]
#include "benchoptions.h"
#include "benchstats.h"

#include "support/faultproxy.h"

#include "core/auth/actor.h"
#include "core/cases/caseservice.h"
#include "core/ledger/ledger.h"
#include "core/ledger/sqldatabase.h"
#include "core/ledger/textindexbacklog.h"
#include "core/org/orgservice.h"
#include "core/residents/residentservice.h"
#include "core/sync/syncclient.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace tz;
using namespace tz::bench;

namespace {

// The PouchDB bench's generator (bench.js makeDoc), the same sequence of choices.
struct DocGenerator
{
    qint64 seed = 20240601;
    double rnd()
    {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return static_cast<double>(seed) / 0x7fffffff;
    }
    template<typename T>
    T pick(const QList<T> &list)
    {
        return list.at(static_cast<qsizetype>(rnd() * list.size()));
    }
    QString pickChar(const QString &chars) { return chars.at(static_cast<qsizetype>(rnd() * chars.size())); }
    QString text(int n)
    {
        static const QString kText = QStringLiteral("居民反映小区门口道路积水严重影响出行请求社区尽快协调有关"
                                                    "部门处理楼道堆放杂物存在消防安全隐患邻里之间因噪音"
                                                    "问题发生纠纷需要网格员上门调解路灯损坏夜间照明不足老人反"
                                                    "映养老补贴未按时发放要求核实情况垃圾清运不及时气味较大"
                                                    "影响周边环境违章搭建占用公共通道群众多次投诉物业管理不到"
                                                    "位电梯故障频发外来人员登记信息不全需核查农村饮水设施老化"
                                                    "水质浑浊村道破损雨天泥泞学生上学不便低保申请材料已提交尚"
                                                    "未收到审批结果独居老人需要定期走访关怀流动摊贩占道经营造"
                                                    "成交通拥堵");
        QString s;
        qsizetype p = static_cast<qsizetype>(rnd() * kText.size());
        while (s.size() < n) {
            s += kText.at(p % kText.size());
            p += 1 + (rnd() < 0.1 ? static_cast<qsizetype>(rnd() * 50) : 0);
        }
        return s;
    }
};

struct Phase
{
    QString name;
    double ms = 0;
    int requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int events = 0;
};

QString serverPath()
{
    return QStringLiteral(TZ_SERVER_PATH);
}

QString adminCommand(const QString &store, const QStringList &arguments)
{
    QProcess admin;
    admin.start(serverPath(),
        QStringList {QStringLiteral("admin")} + arguments + QStringList {QStringLiteral("--db"), store});
    admin.waitForFinished(-1); // building a starting copy of 100,000 cases takes a while
    return QString::fromUtf8(admin.readAllStandardOutput()).trimmed();
}

Phase syncPhase(const QString &name, SyncClient &client)
{
    Phase phase {name};
    const double start = nowMs();
    Result<SyncReport> report = client.sync();
    phase.ms = nowMs() - start;
    if (!report) {
        QTextStream(stderr) << name << ": " << report.error().message << Qt::endl;
        std::exit(1);
    }
    phase.requests = report->requests;
    phase.bytesSent = report->bytesSent;
    phase.bytesReceived = report->bytesReceived;
    phase.events = static_cast<int>(report->pushed + report->pulled + report->copied);
    return phase;
}

QJsonObject runOnce(int cases, int delayMs, const QString &workDir)
{
    QDir().mkpath(workDir);
    const QString store = QStringLiteral("sqlite:") + QDir(workDir).filePath(QStringLiteral("server.db"));
    QProcess server;
    server.start(serverPath(),
        {QStringLiteral("--db"), store, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    server.waitForStarted(10000);
    server.waitForReadyRead(10000);
    const QRegularExpressionMatch where = QRegularExpression(QStringLiteral("(http://[0-9.]+:[0-9]+)"))
                                              .match(QString::fromUtf8(server.readLine()));
    const QUrl serverUrl(where.captured(1));
    server.setStandardOutputFile(QProcess::nullDevice()); // its request log
    std::unique_ptr<tz::test::FaultProxy> proxy;
    QUrl url = serverUrl;
    if (delayMs > 0) {
        proxy = std::make_unique<tz::test::FaultProxy>(serverUrl);
        proxy->setDelayMs(delayMs);
        url = proxy->url();
    }

    // Device A: the city's ledger with the division tree, N residents and their cases.
    Workspace::InitOptions options;
    options.adminPassword = QStringLiteral("bench-password-1");
    std::unique_ptr<Workspace> a
        = std::move(*Workspace::init(QDir(workDir).filePath(QStringLiteral("a.taizhang")), options));
    const Actor admin = a->ledgerAdmin();
    (void)a->org().importDivisions(admin, QStringLiteral(":/data/divisions/divisions-4512-hechi.csv"));
    QStringList villages;
    {
        SqlStatement all
            = a->ledger().db().prepare("SELECT code FROM org_units WHERE level = 4 ORDER BY code");
        while (all.next())
            villages.append(all.text(0));
    }
    const QList<QString> categories {QStringLiteral("市容环境"), QStringLiteral("矛盾纠纷"),
        QStringLiteral("社会治安"), QStringLiteral("民生服务"), QStringLiteral("安全隐患"),
        QStringLiteral("基础设施"), QStringLiteral("劳动保障"), QStringLiteral("医疗卫生"),
        QStringLiteral("教育"), QStringLiteral("其他")};
    const QList<Handling> classes {Handling::Immediate, Handling::Fast, Handling::Routed, Handling::Joint};
    const QString surnames
        = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
                         "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
                         "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");
    const QString given = QStringLiteral(
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅志文斌波辉鹏宇浩俊峰飞"
        "林晨欣怡佳琪子轩梓涵雨泽");
    DocGenerator gen;
    QStringList numbers;
    double start = nowMs();
    for (int i = 0; i < cases; i += 1000) {
        Ledger::Batch batch(a->ledger());
        for (int j = i; j < std::min(cases, i + 1000); ++j) {
            ResidentInput resident;
            resident.name = gen.pickChar(surnames) + gen.pickChar(given)
                + (gen.rnd() < 0.6 ? gen.pickChar(given) : QString());
            resident.phone = QStringLiteral("1")
                + gen.pick(QList<QString> {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7"),
                    QStringLiteral("8"), QStringLiteral("9")})
                + QString::number(static_cast<qint64>(gen.rnd() * 1e9)).rightJustified(9, QLatin1Char('0'));
            resident.orgCode = villages.at(static_cast<qsizetype>(gen.rnd() * villages.size()));
            resident.address = QStringLiteral("%1组%2号")
                                   .arg(1 + static_cast<int>(gen.rnd() * 30))
                                   .arg(1 + static_cast<int>(gen.rnd() * 200));
            Result<Resident> who = a->residents().registerResident(admin, resident);
            RegisterCaseInput input;
            input.orgCode = resident.orgCode;
            input.title = gen.pick(categories);
            input.handling = gen.pick(classes);
            input.description = gen.text(200);
            if (who)
                input.residentId = who->id;
            Result<CaseRecord> registered = a->cases().registerCase(admin, input);
            if (registered)
                numbers.append(registered->number);
        }
        batch.commit();
    }
    Phase genPhase {QStringLiteral("gen")};
    genPhase.ms = nowMs() - start;
    genPhase.events = static_cast<int>(a->ledger().eventCount());

    SyncClient clientA(a->ledger());
    clientA.setTimeoutMs(600000);
    (void)clientA.enroll(url,
        adminCommand(
            store, {QStringLiteral("enroll"), QStringLiteral("--unit"), QStringLiteral("451200000000")}),
        QStringLiteral("A"));
    const Phase push = syncPhase(QStringLiteral("push"), clientA);

    // The server builds the starting copy new devices of the city download (a nightly job, or
    // the enrollment of the first new device).
    Phase snapshot {QStringLiteral("snapshot_build")};
    start = nowMs();
    (void)adminCommand(
        store, {QStringLiteral("snapshot"), QStringLiteral("--unit"), QStringLiteral("451200000000")});
    snapshot.ms = nowMs() - start;

    Workspace::InitOptions replica;
    replica.replica = true;
    std::unique_ptr<Workspace> b
        = std::move(*Workspace::init(QDir(workDir).filePath(QStringLiteral("b.taizhang")), replica));
    SyncClient clientB(b->ledger());
    clientB.setTimeoutMs(600000);
    (void)clientB.enroll(url,
        adminCommand(
            store, {QStringLiteral("enroll"), QStringLiteral("--unit"), QStringLiteral("451200000000")}),
        QStringLiteral("B"));
    const Phase pull = syncPhase(QStringLiteral("pull"), clientB);
    // Then, in the background on a desktop, the copy's cases go into the search index.
    Phase index {QStringLiteral("index")};
    start = nowMs();
    index.events = static_cast<int>(TextIndexBacklog(b->ledger()).size());
    while (TextIndexBacklog(b->ledger()).size() > 0)
        (void)TextIndexBacklog(b->ledger()).index(4096);
    index.ms = nowMs() - start;

    start = nowMs();
    {
        Ledger::Batch batch(a->ledger());
        for (int i = 0; i < numbers.size(); i += 100)
            (void)a->cases().note(admin, numbers.at(i), QStringLiteral("网格员已上门核实处理完毕"));
        batch.commit();
    }
    Phase edit {QStringLiteral("edit")};
    edit.ms = nowMs() - start;
    const Phase pushIncr = syncPhase(QStringLiteral("push_incr"), clientA);
    const Phase pullIncr = syncPhase(QStringLiteral("pull_incr"), clientB);

    QJsonArray phases;
    for (const Phase &p : {genPhase, push, snapshot, pull, index, edit, pushIncr, pullIncr})
        phases.append(QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("ms"), p.ms},
            {QStringLiteral("requests"), p.requests}, {QStringLiteral("bytesSent"), p.bytesSent},
            {QStringLiteral("bytesReceived"), p.bytesReceived}, {QStringLiteral("events"), p.events}});
    const qint64 serverHwm = peakRssKiBOf(server.processId());
    server.kill();
    server.waitForFinished(5000);
    return {{QStringLiteral("phases"), phases}, {QStringLiteral("serverPeakRssKiB"), serverHwm},
        {QStringLiteral("benchPeakRssMiB"), peakRssMiB()},
        {QStringLiteral("casesOnB"),
            static_cast<qint64>(b->ledger().db().scalar("SELECT COUNT(*) FROM cases"))}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions options(
        QStringLiteral("Sync measured phase by phase over the real taizhang-server, the way the "
                       "PouchDB peer's bench measures replication."),
        {{QStringLiteral("cases"), QStringLiteral("N"), QStringLiteral("cases on the first device"),
             QStringLiteral("10000")},
            {QStringLiteral("runs"), QStringLiteral("R"), QStringLiteral("runs"), QStringLiteral("3")},
            {QStringLiteral("delay-ms"), QStringLiteral("MS"), QStringLiteral("added to every request"),
                QStringLiteral("0")},
            {QStringLiteral("out"), QStringLiteral("DIR"),
                QStringLiteral("where the ledgers go (default: a "
                               "temporary folder)")}});
    options.parse(app.arguments());
    const int cases = options.number(QStringLiteral("cases"));
    const int runs = options.number(QStringLiteral("runs"));
    const int delayMs = options.number(QStringLiteral("delay-ms"));
    QTemporaryDir tmp;
    const QString out
        = options.isSet(QStringLiteral("out")) ? options.value(QStringLiteral("out")) : tmp.path();
    QJsonArray results;
    for (int run = 0; run < runs; ++run) {
        const QString dir
            = QDir(out).filePath(QStringLiteral("sync-N%1-d%2-run%3").arg(cases).arg(delayMs).arg(run));
        QDir(dir).removeRecursively();
        results.append(runOnce(cases, delayMs, dir));
        QTextStream(stderr) << "run " << run + 1 << "/" << runs << " done" << Qt::endl;
    }
    // Medians per phase.
    QJsonObject medians;
    for (const QString &name : {QStringLiteral("gen"), QStringLiteral("push"),
             QStringLiteral("snapshot_build"), QStringLiteral("pull"), QStringLiteral("index"),
             QStringLiteral("edit"), QStringLiteral("push_incr"), QStringLiteral("pull_incr")}) {
        Samples samples;
        for (const QJsonValue &r : std::as_const(results))
            for (const QJsonValue &p : r.toObject().value(QStringLiteral("phases")).toArray())
                if (p.toObject().value(QStringLiteral("name")).toString() == name)
                    samples.ms.append(p.toObject().value(QStringLiteral("ms")).toDouble());
        medians.insert(name, samples.median());
    }
    const QJsonObject report {{QStringLiteral("cases"), cases}, {QStringLiteral("delayMs"), delayMs},
        {QStringLiteral("runs"), results}, {QStringLiteral("medianMs"), medians}};
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}
