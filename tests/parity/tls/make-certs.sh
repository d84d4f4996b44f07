#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers
# Makes the certificates of the TLS parity scenarios (scenarios.json) in folder $1 with
# openssl. The same script made the certificates the real Asterisk was recorded against, so
# a scenario means the same certificate in the recording and in the test.
set -eu
dir=${1:?usage: make-certs.sh FOLDER}
mkdir -p "$dir"
cd "$dir"

# key NAME: a P-256 key (fast to make)
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:prime256v1 -out "$1.key" 2>/dev/null; }

# root NAME SUBJECT: a self-signed CA
root() {
  key "$1"
  openssl req -x509 -new -key "$1.key" -out "$1.crt" -days 30 -subj "$2" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
}

# leaf NAME SUBJECT EXTENSIONS [CA]: a certificate signed by CA (default ca), valid 30 days
leaf() {
  key "$1"
  printf 'basicConstraints=CA:FALSE\n%b\n' "$3" > "$1.ext"
  openssl req -new -key "$1.key" -out "$1.csr" -subj "$2"
  ca=${4:-ca}
  openssl x509 -req -in "$1.csr" -CA "$ca.crt" -CAkey "$ca.key" -CAcreateserial \
    -days 30 -extfile "$1.ext" -out "$1.crt" 2>/dev/null
}

root ca "/CN=wscm parity CA"
root otherca "/CN=wscm other CA"
server='extendedKeyUsage=serverAuth'
leaf good "/CN=localhost" "$server\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"
leaf dnsonly "/CN=wscm server" "$server\nsubjectAltName=DNS:localhost"
leaf cnonly "/CN=localhost" "$server"
leaf cnip "/CN=127.0.0.1" "$server"
leaf iponly "/CN=wscm server" "$server\nsubjectAltName=IP:127.0.0.1,IP:::1"
leaf wrongname "/CN=wrong.example" "$server\nsubjectAltName=DNS:wrong.example"
leaf bracket "/CN=[" "$server"
leaf untrusted "/CN=localhost" "$server\nsubjectAltName=DNS:localhost,IP:127.0.0.1" otherca
leaf client "/CN=wscm client" "extendedKeyUsage=clientAuth"
cat client.crt client.key > client-with-key.pem

# self-signed: its own issuer
key selfsigned
openssl req -x509 -new -key selfsigned.key -out selfsigned.crt -days 30 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"

# expired: x509 cannot backdate, `openssl ca` can
mkdir -p newcerts
: > index.txt
echo 1000 > serial
printf '[ca]\ndefault_ca=t\n[t]\ndir=.\ndatabase=index.txt\nnew_certs_dir=newcerts\nserial=serial\ndefault_md=sha256\npolicy=any\ncopy_extensions=copy\n[any]\ncommonName=supplied\n' > ca.cnf
key expired
printf 'basicConstraints=CA:FALSE\n%s\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n' "$server" > expired.ext
openssl req -new -key expired.key -out expired.csr -subj "/CN=localhost"
openssl ca -batch -notext -config ca.cnf -cert ca.crt -keyfile ca.key -in expired.csr \
  -out expired.crt -extfile expired.ext -startdate 20200101000000Z -enddate 20200102000000Z 2>/dev/null

# CA folders for ca_list_path: one with OpenSSL's hash links, one without
mkdir -p cadir-hashed cadir-unhashed cadir-other-hashed
cp ca.crt cadir-hashed/ca.pem
cp ca.crt cadir-unhashed/ca.pem
cp otherca.crt cadir-other-hashed/otherca.pem
openssl rehash cadir-hashed cadir-other-hashed
printf 'not a certificate\n' > garbage.pem
