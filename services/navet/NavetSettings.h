// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#pragma once

#include "core/Result.h"
#include "core/SettingKeyInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace casedesk {

class Database;

// Where and as whom to ask Navet: the shared settings navet.* (see navetSettingKeys()). The
// certificate's password is not among them: it never lives in the database
// (NavetSettings::passwordFromEnvironment).
struct NavetConfiguration
{
    QUrl url;                   // the personpostXML endpoint, https only
    QString orgNumber;          // the organisation's number, 10 digits
    QString orderId;            // BestallningsId, issued by the Tax Agency
    QString certificatePath;    // PKCS#12 file with the organisation's client certificate and key
    QString caCertificatesPath; // PEM file of extra certificate authorities to trust; empty: none
    int timeoutSeconds = 20;
};

namespace NavetSettings {

// The documented navet.* keys, in the order `casedeskctl settings list` shows them.
const QList<SettingKeyInfo>& keys();
bool isNavetKey(const QString& key);

// Checks one value before it is stored: an https URL, a 10-digit organisation number with its
// check digit, an order id of letters, digits and hyphens, absolute file paths, a timeout of 1 to
// 300 seconds. An empty value means "not set". A key for the password is refused with a message
// saying where the password goes instead; any other navet.* key is NotFound.
VoidResult validate(const QString& key, const QString& value);

// Reads navet.* from the settings table. InvalidInput naming the key when Navet is not
// configured (url, org_number, order_id or certificate missing) or a stored value is not valid.
// The files are not read here: they are read on the machine that makes the lookup.
Result<NavetConfiguration> load(const Database& db);

// The certificate's password: the file named in CASEDESK_NAVET_PASSWORD_FILE (readable only by
// its owner), else CASEDESK_NAVET_PASSWORD. InvalidInput when neither gives one.
Result<QByteArray> passwordFromEnvironment();

} // namespace NavetSettings
} // namespace casedesk
