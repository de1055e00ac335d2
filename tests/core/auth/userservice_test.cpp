// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"
#include "support/templedger.h"

#include "core/auth/userservice.h"
#include "core/cases/casepolicy.h"
#include "core/ledger/ledger.h"
#include "core/ledger/ledgerverifier.h"

#include <QDateTime>

using namespace tz;
using tz::test::TempLedger;

TEST_CASE("a user logs in offline with an Argon2id verifier and acts with their role and unit", "[auth]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, QStringLiteral("451202107001"), QStringLiteral("clerk"));
    Result<Actor> in = t.ws().users().authenticate(QStringLiteral("CLERK"), QStringLiteral("password-1"));
    REQUIRE(in.ok());
    CHECK(in->userId == clerk.userId);
    CHECK(in->orgLevel == OrgLevel::Village);
    CHECK(in->covers(QStringLiteral("451202107001")));
    CHECK_FALSE(in->covers(QStringLiteral("451202107201")));
    CHECK(t.ws().users().authenticate(QStringLiteral("clerk"), QStringLiteral("wrong")).error().kind
        == ErrorKind::Forbidden);
    REQUIRE(t.ws().users().deactivate(t.admin(), clerk.userId).ok());
    CHECK_FALSE(t.ws().users().authenticate(QStringLiteral("clerk"), QStringLiteral("password-1")).ok());
}

TEST_CASE("only administrators create users, with valid names, units and passwords", "[auth]")
{
    TempLedger t;
    const Actor clerk = t.user(Role::Clerk, QStringLiteral("451202107001"), QStringLiteral("clerk"));
    NewUser input {QStringLiteral("worker"), QStringLiteral("网格员甲"), Role::GridWorker,
        QStringLiteral("451202107001"), {}, QStringLiteral("long-enough")};
    CHECK(t.ws().users().create(clerk, input).error().kind == ErrorKind::Forbidden);
    NewUser shortPassword = input;
    shortPassword.password = QStringLiteral("short");
    CHECK(t.ws().users().create(t.admin(), shortPassword).error().field == QStringLiteral("password"));
    NewUser badLogin = input;
    badLogin.login = QStringLiteral("有中文");
    CHECK(t.ws().users().create(t.admin(), badLogin).error().field == QStringLiteral("login"));
    NewUser noUnit = input;
    noUnit.orgCode.clear();
    CHECK(t.ws().users().create(t.admin(), noUnit).error().field == QStringLiteral("orgCode"));
    REQUIRE(t.ws().users().create(t.admin(), input).ok());
    CHECK(t.ws().users().create(t.admin(), input).error().kind == ErrorKind::Conflict);
}

TEST_CASE("every role may take exactly the actions of its part of the loop", "[auth][cases]")
{
    using A = CaseAction;
    const QMap<Role, QList<A>> allowed {
        {Role::Clerk,
            {A::Register, A::ResolveOnTheSpot, A::Dispatch, A::Note, A::RequestMaterials, A::ReceiveMaterials,
                A::FollowUp, A::Close}},
        {Role::GridWorker, {A::Register, A::ResolveOnTheSpot, A::Note, A::FollowUp}},
        {Role::Handler,
            {A::Accept, A::Return, A::Note, A::RequestMaterials, A::ReceiveMaterials, A::Escalate, A::Resolve,
                A::AnswerAsCoHandler}},
        {Role::Supervisor,
            {A::Register, A::ResolveOnTheSpot, A::Dispatch, A::Note, A::Escalate, A::FollowUp, A::Reopen,
                A::Close, A::Supervise}},
    };
    for (auto it = allowed.cbegin(); it != allowed.cend(); ++it) {
        for (int a = static_cast<int>(A::Register); a <= static_cast<int>(A::Supervise); ++a) {
            const auto action = static_cast<A>(a);
            INFO(role::key(it.key()).toStdString() << " / " << caseaction::key(action).toStdString());
            CHECK(casepolicy::roleMay(it.key(), action) == it.value().contains(action));
        }
    }
    for (int a = static_cast<int>(A::Register); a <= static_cast<int>(A::Supervise); ++a)
        CHECK(casepolicy::roleMay(Role::Admin, static_cast<A>(a)));
}

TEST_CASE("the state machine allows exactly the transitions of the loop", "[cases]")
{
    using S = CaseState;
    using A = CaseAction;
    // From each state (a Routed case, not paused): the actions allowed.
    const QMap<S, QList<A>> allowed {
        {S::Registered, {A::Dispatch, A::Note, A::RequestMaterials, A::Escalate, A::Supervise}},
        {S::Dispatched,
            {A::Dispatch, A::Accept, A::Return, A::Note, A::RequestMaterials, A::Escalate, A::Supervise}},
        {S::Accepted, {A::Note, A::RequestMaterials, A::Escalate, A::Resolve, A::Supervise}},
        {S::InProgress, {A::Note, A::RequestMaterials, A::Escalate, A::Resolve, A::Supervise}},
        {S::Resolved, {A::Note, A::FollowUp}},
        {S::FollowedUp, {A::Note, A::Reopen, A::Close}},
        {S::Closed, {}},
        {S::Reopened, {A::Dispatch, A::Note, A::RequestMaterials, A::Escalate, A::Supervise}},
    };
    for (auto it = allowed.cbegin(); it != allowed.cend(); ++it) {
        for (int a = static_cast<int>(A::ResolveOnTheSpot); a <= static_cast<int>(A::Supervise); ++a) {
            const auto action = static_cast<A>(a);
            INFO(casestate::key(it.key()).toStdString() << " / " << caseaction::key(action).toStdString());
            const bool may
                = !casepolicy::refusalForState({it.key(), Handling::Routed, false}, action).has_value();
            CHECK(may == it.value().contains(action));
        }
    }
    // Class-specific and pause-specific rules.
    CHECK_FALSE(
        casepolicy::refusalForState({S::Registered, Handling::Immediate, false}, A::ResolveOnTheSpot));
    CHECK(casepolicy::refusalForState({S::Registered, Handling::Fast, false}, A::ResolveOnTheSpot));
    CHECK_FALSE(casepolicy::refusalForState({S::Accepted, Handling::Joint, false}, A::AnswerAsCoHandler));
    CHECK_FALSE(casepolicy::refusalForState({S::Accepted, Handling::Fast, true}, A::ReceiveMaterials));
    CHECK(casepolicy::refusalForState({S::Accepted, Handling::Fast, true}, A::RequestMaterials));
}

TEST_CASE("five wrong passwords lock an account for ten minutes, across a restart", "[auth]")
{
    TempLedger t;
    t.user(Role::Clerk, QStringLiteral("451202107001"), QStringLiteral("clerk"));
    UserService *users = &t.ws().users();
    for (int i = 1; i <= 4; ++i) {
        Result<Actor> wrong = users->authenticate(QStringLiteral("clerk"), QStringLiteral("wrong"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message.contains(QString::number(5 - i)));
    }
    // A right password before the fifth failure starts the count again.
    REQUIRE(users->authenticate(QStringLiteral("clerk"), QStringLiteral("password-1")).ok());
    for (int i = 1; i <= 5; ++i)
        REQUIRE_FALSE(users->authenticate(QStringLiteral("clerk"), QStringLiteral("wrong")).ok());
    t.reopen();
    users = &t.ws().users();
    Result<Actor> locked = users->authenticate(QStringLiteral("clerk"), QStringLiteral("password-1"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("10")));
    t.setNow(QDateTime::fromMSecsSinceEpoch(t.nowMs() + 9 * 60 * 1000));
    CHECK_FALSE(users->authenticate(QStringLiteral("clerk"), QStringLiteral("password-1")).ok());
    t.setNow(QDateTime::fromMSecsSinceEpoch(t.nowMs() + 61 * 1000));
    CHECK(users->authenticate(QStringLiteral("clerk"), QStringLiteral("password-1")).ok());
    Result<VerifyReport> report = LedgerVerifier(t.ws().ledger()).verify();
    REQUIRE(report.ok());
    CHECK(report->problems == QStringList {});
}

TEST_CASE("failures stamped by a clock far ahead never lock an account for good", "[auth]")
{
    // Five failures recorded at a time years ahead (a laptop's clock, or events forged and synced
    // in) would lock until then; a lock is never longer than ten minutes from now.
    TempLedger t;
    t.user(Role::Clerk, QStringLiteral("451202107001"), QStringLiteral("clerk"));
    UserService &users = t.ws().users();
    const qint64 now = t.nowMs();
    t.setNow(QDateTime::fromMSecsSinceEpoch(now + qint64(3650) * 24 * 3600 * 1000));
    for (int i = 1; i <= 5; ++i)
        REQUIRE_FALSE(users.authenticate(QStringLiteral("clerk"), QStringLiteral("wrong")).ok());
    t.setNow(QDateTime::fromMSecsSinceEpoch(now + 60 * 1000));
    CHECK(users.authenticate(QStringLiteral("clerk"), QStringLiteral("password-1")).ok());
}
