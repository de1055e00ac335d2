// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QStringList>

// Pools of realistic Chinese text the demo ledger is written from: names common in 河池, the
// requests people bring to a township or village counter, and what handlers write back.
// Placeholders: {name} {village} {township} {road} {grid} {days}.
namespace tz::demo {

const QStringList &surnames();
const QStringList &givenNames();

struct RequestTemplate
{
    QString catalogName; // a name in default-catalog.csv, or empty for a free-text request
    QString title;
    QStringList descriptions;
    QStringList resolutions;
};

const QList<RequestTemplate> &requestTemplates();
const QStringList &returnReasons();
const QStringList &escalationReasons();
const QStringList &noteTexts();
const QStringList &followUpRemarks();
const QStringList &roadNames();
const QStringList &gridNames();
const QStringList &departmentsForTownship();

} // namespace tz::demo
