<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>wscm::AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>wscm::AriDiscovery</name>
    <message>
        <source>give --ari, --ari-user and --ari-password-file to confirm through ARI</source>
        <translation>--ari, --ari-user und --ari-password-file angeben, um über ARI zu bestätigen</translation>
    </message>
    <message>
        <source>no http.conf beside the file: Asterisk&apos;s HTTP server, and so ARI, is off without one</source>
        <translation>keine http.conf neben der Datei: ohne sie sind Asterisks HTTP-Server und damit ARI aus</translation>
    </message>
    <message>
        <source>http.conf cannot be read (%1)</source>
        <translation>http.conf ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>http.conf does not say [general] enabled = yes: Asterisk&apos;s HTTP server, and so ARI, is off</source>
        <translation>http.conf enthält nicht [general] enabled = yes: Asterisks HTTP-Server und damit ARI sind aus</translation>
    </message>
    <message>
        <source>http.conf has no bindaddr: Asterisk&apos;s HTTP server listens nowhere without one</source>
        <translation>http.conf hat keine bindaddr: ohne sie lauscht Asterisks HTTP-Server nirgends</translation>
    </message>
    <message>
        <source>ARI listens on %1 of %2 only (http.conf bindaddr), which cannot be reached from here, and wscm opens no tunnel: forward it yourself (ssh -L %3:%1:%3 %2) and %4</source>
        <translation>ARI lauscht nur auf %1 von %2 (http.conf bindaddr), das von hier nicht erreichbar ist, und wscm öffnet keinen Tunnel: selbst weiterleiten (ssh -L %3:%1:%3 %2) und %4</translation>
    </message>
    <message>
        <source>no ari.conf beside the file: ARI has no users without one</source>
        <translation>keine ari.conf neben der Datei: ohne sie hat ARI keine Benutzer</translation>
    </message>
    <message>
        <source>ari.conf cannot be read (%1)</source>
        <translation>ari.conf ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>ari.conf says [general] enabled = no: ARI answers nothing</source>
        <translation>ari.conf enthält [general] enabled = no: ARI antwortet auf nichts</translation>
    </message>
    <message>
        <source>ari.conf&apos;s users all have crypt passwords, which wscm cannot send: %1</source>
        <translation>Alle Benutzer in ari.conf haben crypt-Passwörter, die wscm nicht senden kann: %1</translation>
    </message>
    <message>
        <source>ari.conf has no user with a password: %1</source>
        <translation>ari.conf hat keinen Benutzer mit Passwort: %1</translation>
    </message>
    <message>
        <source>ARI at %1 as user &apos;%2&apos; (http.conf and ari.conf beside the file; the first ari.conf user with a plain password)</source>
        <translation>ARI unter %1 als Benutzer &apos;%2&apos; (http.conf und ari.conf neben der Datei; der erste ari.conf-Benutzer mit Klartext-Passwort)</translation>
    </message>
</context>
<context>
    <name>wscm::AriObjectReader</name>
    <message>
        <source>ARI at %1 refused the user and password (HTTP %2): check the user in ari.conf and the password file</source>
        <translation>ARI unter %1 hat Benutzer und Passwort abgelehnt (HTTP %2): Benutzer in ari.conf und die Passwortdatei prüfen</translation>
    </message>
    <message>
        <source>ARI is not enabled at %1 (HTTP 404): enable it in ari.conf ([general] enabled = yes) and load res_ari</source>
        <translation>ARI ist unter %1 nicht aktiviert (HTTP 404): in ari.conf aktivieren ([general] enabled = yes) und res_ari laden</translation>
    </message>
    <message>
        <source>ARI at %1 cannot be asked (%2): check the address, and that Asterisk&apos;s HTTP server is enabled in http.conf</source>
        <translation>ARI unter %1 ist nicht erreichbar (%2): Adresse prüfen und ob Asterisks HTTP-Server in http.conf aktiviert ist</translation>
    </message>
    <message>
        <source>ARI at %1 did not answer for [%2] (%3)</source>
        <translation>ARI unter %1 hat für [%2] nicht geantwortet (%3)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskLogFile</name>
    <message>
        <source>no logger.conf beside the file: Asterisk then logs to its console only</source>
        <translation>keine logger.conf neben der Datei: Asterisk loggt dann nur auf seine Konsole</translation>
    </message>
    <message>
        <source>logger.conf cannot be read (%1)</source>
        <translation>logger.conf ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>logger.conf says appendhostname = yes: wscm does not know the host name Asterisk appends to its log files</source>
        <translation>logger.conf enthält appendhostname = yes: wscm kennt den Hostnamen nicht, den Asterisk an seine Logdateien anhängt</translation>
    </message>
    <message>
        <source>logger.conf names no log file that takes both ERROR and NOTICE messages (e.g. full =&gt; notice,warning,error,verbose)</source>
        <translation>logger.conf nennt keine Logdatei, die sowohl ERROR- als auch NOTICE-Meldungen aufnimmt (z. B. full =&gt; notice,warning,error,verbose)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskReload</name>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>nothing was reloaded: %1</source>
        <translation>nichts wurde neu geladen: %1</translation>
    </message>
    <message>
        <source>nothing was reloaded: cannot run sh on this computer: %1</source>
        <translation>nichts wurde neu geladen: sh kann auf diesem Rechner nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Asterisk is not installed on %1 (no `asterisk` command on its PATH, /usr/sbin or /usr/local/sbin); nothing was reloaded. Install Asterisk there, or put its `asterisk` on the PATH.</source>
        <translation>Asterisk ist auf %1 nicht installiert (kein Befehl `asterisk` im PATH, in /usr/sbin oder /usr/local/sbin); nichts wurde neu geladen. Asterisk dort installieren oder sein `asterisk` in den PATH legen.</translation>
    </message>
    <message>
        <source>Asterisk on %1 is not running, or its control socket cannot be read by this user (%2); nothing was reloaded. Start Asterisk, or run wscm as a user allowed to use asterisk -r (root or the asterisk group).</source>
        <translation>Asterisk auf %1 läuft nicht, oder dieser Benutzer kann seinen Steuer-Socket nicht lesen (%2); nichts wurde neu geladen. Asterisk starten oder wscm als Benutzer ausführen, der asterisk -r verwenden darf (root oder Gruppe asterisk).</translation>
    </message>
    <message>
        <source>Asterisk on %1 did not reload res_websocket_client; it answered: %2</source>
        <translation>Asterisk auf %1 hat res_websocket_client nicht neu geladen; Antwort: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
</context>
<context>
    <name>wscm::ConfigSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation>das Dokument hat noch keinen Dateinamen</translation>
    </message>
    <message>
        <source>The file was removed: there is nothing to reapply your edits to.</source>
        <translation>Die Datei wurde gelöscht: Ihre Änderungen lassen sich auf nichts erneut anwenden.</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ Zeile %1 @@</translation>
    </message>
    <message>
        <source>&lt;&lt;&lt;&lt;&lt;&lt;&lt; the file now</source>
        <translation>&lt;&lt;&lt;&lt;&lt;&lt;&lt; die Datei jetzt</translation>
    </message>
    <message>
        <source>&gt;&gt;&gt;&gt;&gt;&gt;&gt; your edits</source>
        <translation>&gt;&gt;&gt;&gt;&gt;&gt;&gt; Ihre Änderungen</translation>
    </message>
    <message>
        <source>Reapply edits</source>
        <translation>Änderungen erneut anwenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was read; it was not written</source>
        <translation>%1 wurde seit dem Lesen geändert; nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManager</name>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManagerThread</name>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
</context>
<context>
    <name>wscm::DurationText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>wscm::EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Show &amp;PONGs</source>
        <translation>&amp;PONGs anzeigen</translation>
    </message>
    <message>
        <source>Filter events (section, event or detail)</source>
        <translation>Ereignisse filtern (Abschnitt, Ereignis oder Detail)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Every answered PING, several a second for each connection</source>
        <translation>Jeder beantwortete PING, mehrere pro Sekunde und Verbindung</translation>
    </message>
    <message>
        <source>Connection events</source>
        <translation>Verbindungsereignisse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>wscm::EventLogModel</name>
    <message>
        <source>round trip %1</source>
        <translation>Umlaufzeit %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>wscm::ExportDialog</name>
    <message>
        <source>&amp;Redact secrets (password, proxy_password, passwords in URIs)</source>
        <translation>Geheimnisse &amp;schwärzen (password, proxy_password, Passwörter in URIs)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Exportdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>wscm::FailureHint</name>
    <message>
        <source>The host name in uri could not be resolved: check the host in uri and the DNS settings.</source>
        <translation>Der Hostname in uri konnte nicht aufgelöst werden: Host in uri und die DNS-Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved: check proxy_host and the DNS settings.</source>
        <translation>Der Hostname des Proxys konnte nicht aufgelöst werden: proxy_host und die DNS-Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address: check the host and port in uri and that the server is running.</source>
        <translation>Unter dieser Adresse nimmt nichts Verbindungen an: Host und Port in uri prüfen und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at the proxy&apos;s address: check proxy_host and that the proxy is running.</source>
        <translation>Unter der Adresse des Proxys nimmt nichts Verbindungen an: proxy_host prüfen und ob der Proxy läuft.</translation>
    </message>
    <message>
        <source>There is no route to that address: check the host in uri (or proxy_host), the network and firewalls.</source>
        <translation>Keine Route zu dieser Adresse: Host in uri (oder proxy_host), Netzwerk und Firewalls prüfen.</translation>
    </message>
    <message>
        <source>No answer within connection_timeout: check the address in uri and firewalls, or raise connection_timeout.</source>
        <translation>Keine Antwort innerhalb von connection_timeout: Adresse in uri und Firewalls prüfen oder connection_timeout erhöhen.</translation>
    </message>
    <message>
        <source>The proxy did not accept the connection within connection_timeout: check proxy_host and firewalls, or raise connection_timeout.</source>
        <translation>Der Proxy hat die Verbindung nicht innerhalb von connection_timeout angenommen: proxy_host und Firewalls prüfen oder connection_timeout erhöhen.</translation>
    </message>
    <message>
        <source>The proxy answered 407: check proxy_username and proxy_password.</source>
        <translation>Der Proxy hat mit 407 geantwortet: proxy_username und proxy_password prüfen.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check that the proxy in proxy_host allows CONNECT to the host and port in uri.</source>
        <translation>Der Proxy hat den Tunnel abgelehnt (HTTP %1): prüfen, ob der Proxy in proxy_host CONNECT zu Host und Port in uri erlaubt.</translation>
    </message>
    <message>
        <source>The proxy could not find the server (HTTP 404): check the host in uri, as the proxy resolves it.</source>
        <translation>Der Proxy hat den Server nicht gefunden (HTTP 404): Host in uri prüfen, so wie der Proxy ihn auflöst.</translation>
    </message>
    <message>
        <source>The proxy could not connect to the server (HTTP 503): check the host and port in uri and that the server is running.</source>
        <translation>Der Proxy konnte den Server nicht erreichen (HTTP 503): Host und Port in uri prüfen und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check proxy_host and that the proxy allows CONNECT to this host and port.</source>
        <translation>Der Proxy hat den Tunnel abgelehnt (HTTP %1): proxy_host prüfen und ob der Proxy CONNECT zu diesem Host und Port erlaubt.</translation>
    </message>
    <message>
        <source>The proxy did not open a tunnel: check proxy_host and that it is an HTTP proxy that allows CONNECT.</source>
        <translation>Der Proxy hat keinen Tunnel geöffnet: proxy_host prüfen und ob es ein HTTP-Proxy ist, der CONNECT erlaubt.</translation>
    </message>
    <message>
        <source>The proxy closed the connection without answering: check proxy_host and that it is an HTTP proxy.</source>
        <translation>Der Proxy hat die Verbindung ohne Antwort geschlossen: proxy_host prüfen und ob es ein HTTP-Proxy ist.</translation>
    </message>
    <message>
        <source>The proxy did not answer the CONNECT in time: check the proxy, or raise connection_timeout.</source>
        <translation>Der Proxy hat auf CONNECT nicht rechtzeitig geantwortet: Proxy prüfen oder connection_timeout erhöhen.</translation>
    </message>
    <message>
        <source>A TLS file cannot be used: check ca_list_file, ca_list_path, cert_file and priv_key_file (paths, permissions, PEM format).</source>
        <translation>Eine TLS-Datei ist unbrauchbar: ca_list_file, ca_list_path, cert_file und priv_key_file prüfen (Pfade, Rechte, PEM-Format).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: put the CA that signed it in ca_list_file or ca_list_path (or turn off verify_server_cert).</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: die CA, die es signiert hat, in ca_list_file oder ca_list_path eintragen (oder verify_server_cert ausschalten).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name: check the host in uri against the certificate (or turn off verify_server_hostname).</source>
        <translation>Das Zertifikat des Servers lautet auf einen anderen Namen: Host in uri mit dem Zertifikat vergleichen (oder verify_server_hostname ausschalten).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired: the server needs a new one.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen: der Server braucht ein neues.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet: check the clocks of this machine and of the server.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig: die Uhren dieses Rechners und des Servers prüfen.</translation>
    </message>
    <message>
        <source>The server refused the client certificate: check cert_file and priv_key_file, and that the server trusts their CA.</source>
        <translation>Der Server hat das Client-Zertifikat abgelehnt: cert_file und priv_key_file prüfen und ob der Server deren CA vertraut.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that the server speaks TLS on this port (tls_enabled) and the TLS versions it accepts.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: prüfen, ob der Server auf diesem Port TLS spricht (tls_enabled), und welche TLS-Versionen er annimmt.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time: check that the server speaks TLS on this port, or raise connection_timeout.</source>
        <translation>Der TLS-Handshake wurde nicht rechtzeitig fertig: prüfen, ob der Server auf diesem Port TLS spricht, oder connection_timeout erhöhen.</translation>
    </message>
    <message>
        <source>The server answered 401: check username and password.</source>
        <translation>Der Server hat mit 401 geantwortet: username und password prüfen.</translation>
    </message>
    <message>
        <source>The server answered 403: it refuses this client; check username, password and what the server allows.</source>
        <translation>Der Server hat mit 403 geantwortet: er weist diesen Client ab; username, password und die Regeln des Servers prüfen.</translation>
    </message>
    <message>
        <source>The server answered 404: check the path in uri.</source>
        <translation>Der Server hat mit 404 geantwortet: den Pfad in uri prüfen.</translation>
    </message>
    <message>
        <source>The server answered 400 Bad Request: check the path and query in uri and the protocols offered.</source>
        <translation>Der Server hat mit 400 Bad Request geantwortet: Pfad und Query in uri und die angebotenen protocols prüfen.</translation>
    </message>
    <message>
        <source>The server answered %1 instead of switching to WebSocket: check uri and that it is a WebSocket endpoint.</source>
        <translation>Der Server hat mit %1 geantwortet, statt auf WebSocket umzuschalten: uri prüfen und ob es ein WebSocket-Endpunkt ist.</translation>
    </message>
    <message>
        <source>The server did not pick one of the offered subprotocols: check protocols.</source>
        <translation>Der Server hat keines der angebotenen Subprotokolle gewählt: protocols prüfen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a WebSocket upgrade: check uri and that the server speaks WebSocket on this port.</source>
        <translation>Die Antwort des Servers ist kein WebSocket-Upgrade: uri prüfen und ob der Server auf diesem Port WebSocket spricht.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the upgrade: check uri, tls_enabled and the server&apos;s logs.</source>
        <translation>Der Server hat die Verbindung geschlossen, ohne auf das Upgrade zu antworten: uri, tls_enabled und die Logs des Servers prüfen.</translation>
    </message>
    <message>
        <source>The server did not answer the upgrade in time: check uri and that the server speaks WebSocket on this port, or raise connection_timeout.</source>
        <translation>Der Server hat auf das Upgrade nicht rechtzeitig geantwortet: uri prüfen und ob der Server auf diesem Port WebSocket spricht, oder connection_timeout erhöhen.</translation>
    </message>
    <message>
        <source>The server stopped answering PINGs: check the network path, or raise pingpong_interval or pingpong_probes.</source>
        <translation>Der Server beantwortet keine PINGs mehr: den Netzwerkpfad prüfen oder pingpong_interval bzw. pingpong_probes erhöhen.</translation>
    </message>
    <message>
        <source>TCP keepalive probes went unanswered: the peer or the path to it is gone.</source>
        <translation>TCP-Keepalive-Proben blieben unbeantwortet: die Gegenstelle oder der Weg dorthin ist weg.</translation>
    </message>
    <message>
        <source>The server closed the connection: check the server&apos;s logs.</source>
        <translation>Der Server hat die Verbindung geschlossen: die Logs des Servers prüfen.</translation>
    </message>
    <message>
        <source>The server sent a frame or message over 1 MiB: check what the server sends.</source>
        <translation>Der Server hat einen Frame oder eine Nachricht über 1 MiB gesendet: prüfen, was der Server sendet.</translation>
    </message>
    <message>
        <source>The connection broke: check the network path to the server (or proxy).</source>
        <translation>Die Verbindung ist abgebrochen: den Netzwerkpfad zum Server (oder Proxy) prüfen.</translation>
    </message>
    <message>
        <source>Check uri, the proxy and TLS options, and the event log for details.</source>
        <translation>uri, Proxy- und TLS-Optionen prüfen; Details im Ereignisprotokoll.</translation>
    </message>
</context>
<context>
    <name>wscm::HealthView</name>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Verb&amp;inden</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Section shown</source>
        <translation>Angezeigter Abschnitt</translation>
    </message>
    <message>
        <source>Connect this section</source>
        <translation>Diesen Abschnitt verbinden</translation>
    </message>
    <message>
        <source>Disconnect this section</source>
        <translation>Diesen Abschnitt trennen</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>What Asterisk says is wrong</source>
        <translation>Was Asterisk bemängelt</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Zu prüfen:</translation>
    </message>
    <message>
        <source>Last attempt, stage by stage</source>
        <translation>Letzter Versuch, Phase für Phase</translation>
    </message>
    <message>
        <source>Round-trip time of the last PONGs</source>
        <translation>Umlaufzeit der letzten PONGs</translation>
    </message>
    <message>
        <source>Measured from:</source>
        <translation>Gemessen von:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Unanswered PINGs:</source>
        <translation>Unbeantwortete PINGs:</translation>
    </message>
    <message>
        <source>Last round trip:</source>
        <translation>Letzte Umlaufzeit:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Kein Abschnitt ausgewählt</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] existiert nicht mehr</translation>
    </message>
    <message>
        <source>[%1] — websocket client</source>
        <translation>[%1] — WebSocket-Client</translation>
    </message>
    <message>
        <source>[%1] — template</source>
        <translation>[%1] — Vorlage</translation>
    </message>
    <message>
        <source>[%1] — not a websocket client</source>
        <translation>[%1] — kein WebSocket-Client</translation>
    </message>
    <message>
        <source>[%1] is not a websocket client: nothing to connect</source>
        <translation>[%1] ist kein WebSocket-Client: nichts zu verbinden</translation>
    </message>
    <message>
        <source>%1 — Asterisk would not load this section</source>
        <translation>%1 — Asterisk würde diesen Abschnitt nicht laden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 attempts, %2 reconnects, %3 failures in a row</source>
        <translation>%1 Versuche, %2 Neuverbindungen, %3 Fehlschläge in Folge</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 nicht gesetzt</translation>
    </message>
    <message>
        <source>none: Asterisk would not load this section (as written: %1)</source>
        <translation>keine: Asterisk würde diesen Abschnitt nicht laden (geschrieben: %1)</translation>
    </message>
    <message>
        <source>%1 of %2 allowed (a PING every %3 s)</source>
        <translation>%1 von %2 erlaubt (ein PING alle %3 s)</translation>
    </message>
    <message>
        <source>PING/PONG is off (enable_pingpongs)</source>
        <translation>PING/PONG ist aus (enable_pingpongs)</translation>
    </message>
    <message>
        <source>none (no TLS)</source>
        <translation>keins (kein TLS)</translation>
    </message>
    <message>
        <source>%1
issued by %2
expires %3</source>
        <translation>%1
ausgestellt von %2
läuft ab %3</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab.</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the lines named above in the Raw tab as Asterisk&apos;s error says, then save.</source>
        <translation>Die oben genannten Zeilen im Tab Rohtext so korrigieren, wie Asterisks Fehler sagt, dann speichern.</translation>
    </message>
    <message>
        <source>Correct %1 as Asterisk&apos;s error says (Go to field), then save.</source>
        <translation>%1 so korrigieren, wie Asterisks Fehler sagt (Zum Feld), dann speichern.</translation>
    </message>
    <message>
        <source>%1 Until then Asterisk leaves this section out.</source>
        <translation>%1 Bis dahin lässt Asterisk diesen Abschnitt aus.</translation>
    </message>
    <message>
        <source>%1 stage: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (bei %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Takes down:</source>
        <translation>Legt lahm:</translation>
    </message>
    <message>
        <source>nothing in ari.conf or extensions.conf (ARI externalMedia may still use it)</source>
        <translation>nichts in ari.conf oder extensions.conf (ARI externalMedia kann ihn trotzdem verwenden)</translation>
    </message>
    <message>
        <source>Correct the lines named in %1 as Asterisk&apos;s error says, with an editor of those files.</source>
        <translation>Die in %1 genannten Zeilen so korrigieren, wie Asterisks Fehler sagt, mit einem Editor für diese Dateien.</translation>
    </message>
</context>
<context>
    <name>wscm::HeartbeatLegend</name>
    <message>
        <source>PONG answered</source>
        <translation>PONG beantwortet</translation>
    </message>
    <message>
        <source>PING missed</source>
        <translation>PING verpasst</translation>
    </message>
    <message>
        <source>no PING yet</source>
        <translation>noch kein PING</translation>
    </message>
    <message>
        <source>Heartbeat: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</source>
        <translation>Heartbeat: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</translation>
    </message>
    <message>
        <source>Heartbeat legend</source>
        <translation>Heartbeat-Legende</translation>
    </message>
    <message>
        <source>In each row&apos;s heartbeat strip, one bar per PING, newest on the right: green, %1; red, %2; grey, %3.</source>
        <translation>Im Heartbeat-Streifen jeder Zeile ein Balken pro PING, der neueste rechts: grün, %1; rot, %2; grau, %3.</translation>
    </message>
</context>
<context>
    <name>wscm::MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Re&amp;mote…</source>
        <translation>En&amp;tfernt öffnen…</translation>
    </message>
    <message>
        <source>Open a config file on a PBX reached with SSH</source>
        <translation>Eine Konfigurationsdatei auf einer per SSH erreichbaren TK-Anlage öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>Abschnitt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Section…</source>
        <translation>Abschnitt &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation>Abschnitt &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation>Abschnitt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Connect &amp;All</source>
        <translation>&amp;Alle verbinden</translation>
    </message>
    <message>
        <source>Disconnect A&amp;ll</source>
        <translation>A&amp;lle trennen</translation>
    </message>
    <message>
        <source>Try &amp;Unsaved Changes</source>
        <translation>&amp;Ungespeicherte Änderungen testen</translation>
    </message>
    <message>
        <source>Connections run the saved file; checked, they run your unsaved edits, restarted once typing pauses</source>
        <translation>Verbindungen nutzen die gespeicherte Datei; angehakt nutzen sie Ihre ungespeicherten Änderungen und starten neu, sobald Sie eine Tipppause machen</translation>
    </message>
    <message>
        <source>Show &amp;Changes Before Saving</source>
        <translation>Ä&amp;nderungen vor dem Speichern zeigen</translation>
    </message>
    <message>
        <source>&amp;Notify When a Connection Drops (Tray Icon)</source>
        <translation>&amp;Benachrichtigen, wenn eine Verbindung abbricht (Tray-Symbol)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Dieser Desktop hat keinen Infobereich (System Tray).</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The new language shows when wscm starts next.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von wscm.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About wscm</source>
        <translation>Über wscm</translation>
    </message>
    <message>
        <source>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Edit, check and watch the connections of Asterisk&apos;s websocket_client.conf.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Die Verbindungen aus Asterisks websocket_client.conf bearbeiten, prüfen und beobachten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>Verbindun&amp;gen</translation>
    </message>
    <message>
        <source>Te&amp;mplates and other sections</source>
        <translation>V&amp;orlagen und andere Abschnitte</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Hea&amp;lth</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Rohtext</translation>
    </message>
    <message>
        <source>Section views</source>
        <translation>Abschnittsansichten</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Verbindungsübersicht</translation>
    </message>
    <message>
        <source>%1[*] — WebSocket Client Manager</source>
        <translation>%1[*] — WebSocket Client Manager</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source> — Asterisk would reject the whole file</source>
        <translation> — Asterisk würde die ganze Datei ablehnen</translation>
    </message>
    <message numerus="yes">
        <source> — %n trying unsaved changes</source>
        <translation>
            <numerusform> — %n testet ungespeicherte Änderungen</numerusform>
            <numerusform> — %n testen ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source> — measured from %1</source>
        <translation> — gemessen von %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Save As — on this computer</source>
        <translation>Speichern unter — auf diesem Rechner</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away every change since %1 was last saved?</source>
        <translation>Alle Änderungen seit dem letzten Speichern von %1 verwerfen?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <source>Add section [%1]</source>
        <translation>Abschnitt [%1] hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Abschnitt duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy of [%1]:</source>
        <translation>Name der Kopie von [%1]:</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-kopie</translation>
    </message>
    <message>
        <source>Duplicate [%1] as [%2]</source>
        <translation>[%1] als [%2] duplizieren</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Abschnitt umbenennen</translation>
    </message>
    <message>
        <source>New name for [%1]:</source>
        <translation>Neuer Name für [%1]:</translation>
    </message>
    <message>
        <source>Rename [%1] to [%2]</source>
        <translation>[%1] in [%2] umbenennen</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Abschnitt löschen</translation>
    </message>
    <message>
        <source>Delete [%1] and all its lines? (Undo brings it back.)</source>
        <translation>[%1] mit allen Zeilen löschen? (Rückgängig holt ihn zurück.)</translation>
    </message>
    <message>
        <source>Delete [%1]</source>
        <translation>[%1] löschen</translation>
    </message>
    <message>
        <source>Probing from %1 (%2 there)</source>
        <translation>Messung von %1 aus (%2 dort)</translation>
    </message>
    <message>
        <source>Cannot probe from %1</source>
        <translation>Messung von %1 aus nicht möglich</translation>
    </message>
    <message>
        <source>Probe from this computer?</source>
        <translation>Von diesem Rechner aus messen?</translation>
    </message>
    <message>
        <source>%1

Probe from this computer instead? Its network path (proxy, firewall, DNS, certificate store) may not be the PBX&apos;s; the health is then labelled &quot;measured from this computer&quot;.</source>
        <translation>%1

Stattdessen von diesem Rechner aus messen? Sein Netzwerkpfad (Proxy, Firewall, DNS, Zertifikatsspeicher) kann von dem der TK-Anlage abweichen; der Zustand heißt dann „gemessen von diesem Rechner“.</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Speichern und an&amp;wenden</translation>
    </message>
    <message>
        <source>Save, then reload res_websocket_client in Asterisk where the file is, and confirm what it loaded</source>
        <translation>Speichern, dann res_websocket_client in Asterisk dort neu laden, wo die Datei liegt, und bestätigen, was geladen wurde</translation>
    </message>
    <message>
        <source>Connect with Dial &amp;String…</source>
        <translation>Mit Dial-&amp;String verbinden…</translation>
    </message>
    <message>
        <source>Save and Apply</source>
        <translation>Speichern und anwenden</translation>
    </message>
    <message>
        <source>Save the file where Asterisk reads it first (File &gt; Save As), then apply it.</source>
        <translation>Die Datei zuerst dort speichern, wo Asterisk sie liest (Datei &gt; Speichern unter), dann anwenden.</translation>
    </message>
    <message>
        <source>Apply despite errors</source>
        <translation>Trotz Fehlern anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s). Asterisk keeps the old version of an invalid section, or refuses the whole file. Save and reload anyway?</source>
        <translation>
            <numerusform>%1 hat %n Fehler. Asterisk behält die alte Fassung eines ungültigen Abschnitts oder lehnt die ganze Datei ab. Trotzdem speichern und neu laden?</numerusform>
            <numerusform>%1 hat %n Fehler. Asterisk behält die alte Fassung eines ungültigen Abschnitts oder lehnt die ganze Datei ab. Trotzdem speichern und neu laden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>Reloading Asterisk on %1…</source>
        <translation>Asterisk auf %1 wird neu geladen…</translation>
    </message>
    <message>
        <source>Cannot rename the references to [%1]</source>
        <translation>Die Verweise auf [%1] lassen sich nicht umbenennen</translation>
    </message>
    <message>
        <source>%1

Reload the file to read them again; nothing was written.</source>
        <translation>%1

Die Datei neu laden, um sie erneut zu lesen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Not every reference to [%1] was renamed</source>
        <translation>Nicht alle Verweise auf [%1] wurden umbenannt</translation>
    </message>
    <message>
        <source>%1

A file that was not written holds what it held before.</source>
        <translation>%1

Eine nicht geschriebene Datei enthält, was sie vorher enthielt.</translation>
    </message>
    <message>
        <source>Renamed [%1] to [%2] in %3; save to rename it in %4 too</source>
        <translation>[%1] in %3 in [%2] umbenannt; speichern, um es auch in %4 umzubenennen</translation>
    </message>
    <message>
        <source>Connect with Dial String</source>
        <translation>Mit Dial-String verbinden</translation>
    </message>
    <message>
        <source>Dial string, as Dial() is given it (WebSocket/&lt;id&gt;[/options]):</source>
        <translation>Dial-String, wie Dial() ihn erhält (WebSocket/&lt;id&gt;[/optionen]):</translation>
    </message>
    <message>
        <source>The probe on the PBX runs the saved sections; run `wscm probe --dial` there, or probe from this computer.</source>
        <translation>Die Messung auf der TK-Anlage nutzt die gespeicherten Abschnitte; dort `wscm probe --dial` ausführen oder von diesem Rechner aus messen.</translation>
    </message>
    <message>
        <source>Asterisk would fail this call</source>
        <translation>Asterisk würde diesen Anruf scheitern lassen</translation>
    </message>
    <message>
        <source>[%1] connects to %2 as this call would</source>
        <translation>[%1] verbindet sich mit %2, wie es dieser Anruf täte</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Weitere Befehle</translation>
    </message>
    <message>
        <source> — 1 finding in ari.conf or extensions.conf about no client</source>
        <translation> — 1 Befund in ari.conf oder extensions.conf zu keinem Client</translation>
    </message>
    <message>
        <source> — %1 findings in ari.conf or extensions.conf about no client</source>
        <translation> — %1 Befunde in ari.conf oder extensions.conf zu keinem Client</translation>
    </message>
</context>
<context>
    <name>wscm::NeighbourViewer</name>
    <message>
        <source>%1, line %2 (read-only)</source>
        <translation>%1, Zeile %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — read-only; wscm changes it only when you rename a client</source>
        <translation>%1 — schreibgeschützt; wscm ändert sie nur, wenn Sie einen Client umbenennen</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>wscm::NewSectionDialog</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Section name</source>
        <translation>Abschnittsname</translation>
    </message>
    <message>
        <source>A template is never a connection itself; other sections inherit its options</source>
        <translation>Eine Vorlage ist nie selbst eine Verbindung; andere Abschnitte erben ihre Optionen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Based on template</source>
        <translation>Basiert auf Vorlage</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Basiert auf:</translation>
    </message>
</context>
<context>
    <name>wscm::OptionField</name>
    <message>
        <source>Override</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Set the inherited value in this section, to change it here</source>
        <translation>Den geerbten Wert in diesem Abschnitt setzen, um ihn hier zu ändern</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>%1 überschreiben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove this section&apos;s own value: the inherited or default value applies again</source>
        <translation>Den eigenen Wert dieses Abschnitts entfernen: der geerbte oder der Standardwert gilt wieder</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Geheimnis zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show or hide the password in the URI (to edit it)</source>
        <translation>Passwort in der URI zeigen oder verbergen (zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>inherited (hidden)</source>
        <translation>geerbt (verborgen)</translation>
    </message>
    <message>
        <source>from [%1]</source>
        <translation>aus [%1]</translation>
    </message>
    <message>
        <source>Inherited from template [%1]</source>
        <translation>Geerbt von Vorlage [%1]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Fehler von Asterisk: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Warnung von wscm: %1</translation>
    </message>
</context>
<context>
    <name>wscm::OptionSchema</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>TCP keepalives</source>
        <translation>TCP-Keepalives</translation>
    </message>
    <message>
        <source>PING/PONG</source>
        <translation>PING/PONG</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <source>Marks the section as a WebSocket client; must be websocket_client.</source>
        <translation>Kennzeichnet den Abschnitt als WebSocket-Client; muss websocket_client sein.</translation>
    </message>
    <message>
        <source>Address of the remote server: ws:// or wss://host[:port][/path][?query].</source>
        <translation>Adresse des entfernten Servers: ws:// oder wss://host[:port][/pfad][?query].</translation>
    </message>
    <message>
        <source>Comma-separated subprotocols offered in Sec-WebSocket-Protocol; the server must pick one.</source>
        <translation>Kommagetrennte Subprotokolle, angeboten in Sec-WebSocket-Protocol; der Server muss eines wählen.</translation>
    </message>
    <message>
        <source>persistent keeps one connection open; per_call_config opens one per call.</source>
        <translation>persistent hält eine Verbindung offen; per_call_config öffnet eine pro Anruf.</translation>
    </message>
    <message>
        <source>TCP connect timeout; proxy and upgrade replies are each awaited up to twice this.</source>
        <translation>TCP-Verbindungs-Timeout; auf Antworten von Proxy und Upgrade wird jeweils bis zum Doppelten gewartet.</translation>
    </message>
    <message>
        <source>User name sent with password as HTTP Basic authorization on the upgrade.</source>
        <translation>Benutzername, der mit password als HTTP-Basic-Authorization beim Upgrade gesendet wird.</translation>
    </message>
    <message>
        <source>Password for username; a secret, redacted in every output.</source>
        <translation>Passwort für username; ein Geheimnis, in jeder Ausgabe geschwärzt.</translation>
    </message>
    <message>
        <source>Run TLS to the WebSocket server; the URI scheme alone does not turn it on.</source>
        <translation>TLS zum WebSocket-Server verwenden; das URI-Schema allein schaltet es nicht ein.</translation>
    </message>
    <message>
        <source>PEM bundle of certificate authorities trusted for the server certificate.</source>
        <translation>PEM-Bündel der Zertifizierungsstellen, denen für das Serverzertifikat vertraut wird.</translation>
    </message>
    <message>
        <source>Folder of hashed CA certificates, as an alternative to ca_list_file.</source>
        <translation>Ordner mit gehashten CA-Zertifikaten, als Alternative zu ca_list_file.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Client-Zertifikat (PEM) für Server, die eines verlangen.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Privater Schlüssel (PEM) des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>Check that the server certificate chains to a trusted CA; no accepts any certificate.</source>
        <translation>Prüfen, dass das Serverzertifikat auf eine vertrauenswürdige CA zurückgeht; no akzeptiert jedes Zertifikat.</translation>
    </message>
    <message>
        <source>Check that the certificate names the host in the URI; no forgives a mismatch.</source>
        <translation>Prüfen, dass das Zertifikat den Host aus der URI nennt; no verzeiht eine Abweichung.</translation>
    </message>
    <message>
        <source>HTTP forward proxy as host:port, reached with CONNECT; the port is required.</source>
        <translation>HTTP-Forward-Proxy als host:port, erreicht mit CONNECT; der Port ist Pflicht.</translation>
    </message>
    <message>
        <source>User name for Proxy-Authorization: Basic; sent only with proxy_password.</source>
        <translation>Benutzername für Proxy-Authorization: Basic; nur zusammen mit proxy_password gesendet.</translation>
    </message>
    <message>
        <source>Password for the proxy; a secret, and always sent to the proxy in clear text.</source>
        <translation>Passwort für den Proxy; ein Geheimnis, das immer im Klartext an den Proxy geht.</translation>
    </message>
    <message>
        <source>Let the kernel probe an idle connection (SO_KEEPALIVE).</source>
        <translation>Den Kernel eine untätige Verbindung prüfen lassen (SO_KEEPALIVE).</translation>
    </message>
    <message>
        <source>Idle seconds before the first keepalive probe (TCP_KEEPIDLE).</source>
        <translation>Sekunden Leerlauf vor der ersten Keepalive-Probe (TCP_KEEPIDLE).</translation>
    </message>
    <message>
        <source>Seconds between keepalive probes (TCP_KEEPINTVL).</source>
        <translation>Sekunden zwischen Keepalive-Proben (TCP_KEEPINTVL).</translation>
    </message>
    <message>
        <source>Unanswered probes before the kernel drops the connection (TCP_KEEPCNT).</source>
        <translation>Unbeantwortete Proben, bevor der Kernel die Verbindung trennt (TCP_KEEPCNT).</translation>
    </message>
    <message>
        <source>Send WebSocket PINGs and close the connection when PONGs stop coming.</source>
        <translation>WebSocket-PINGs senden und die Verbindung schließen, wenn keine PONGs mehr kommen.</translation>
    </message>
    <message>
        <source>Seconds between PINGs.</source>
        <translation>Sekunden zwischen PINGs.</translation>
    </message>
    <message>
        <source>Unanswered PINGs after which the connection is closed.</source>
        <translation>Unbeantwortete PINGs, nach denen die Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>Wait between connection attempts.</source>
        <translation>Wartezeit zwischen Verbindungsversuchen.</translation>
    </message>
    <message>
        <source>per_call_config: attempts before giving up; persistent: failures between warnings.</source>
        <translation>per_call_config: Versuche bis zum Aufgeben; persistent: Fehlschläge zwischen Warnungen.</translation>
    </message>
</context>
<context>
    <name>wscm::ProblemList</name>
    <message>
        <source>Go to field</source>
        <translation>Zum Feld</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Go to field %1</source>
        <translation>Zum Feld %1</translation>
    </message>
    <message>
        <source>Show and focus %1 in the Settings tab</source>
        <translation>%1 im Tab Einstellungen zeigen und fokussieren</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, listed in the Raw tab</source>
        <translation>
            <numerusform>… und %n weiterer, aufgeführt im Tab Rohtext</numerusform>
            <numerusform>… und %n weitere, aufgeführt im Tab Rohtext</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::RawEditor</name>
    <message>
        <source>Sho&amp;w secrets</source>
        <translation>Geheimni&amp;sse zeigen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Insert &amp;Tab Character</source>
        <translation>&amp;Tabulatorzeichen einfügen</translation>
    </message>
    <message>
        <source>Show the passwords in the text; while hidden, their lines cannot be edited here</source>
        <translation>Die Passwörter im Text zeigen; solange sie verborgen sind, lassen sich ihre Zeilen hier nicht bearbeiten</translation>
    </message>
    <message>
        <source>Apply the text to the document (Ctrl+Return)</source>
        <translation>Den Text ins Dokument übernehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Throw away the text edits made here</source>
        <translation>Die hier gemachten Textänderungen verwerfen</translation>
    </message>
    <message>
        <source>Raw file text</source>
        <translation>Rohtext der Datei</translation>
    </message>
    <message>
        <source>Tab moves to the next control; %1 types a tab character.</source>
        <translation>Tab springt zum nächsten Element; %1 tippt ein Tabulatorzeichen.</translation>
    </message>
    <message>
        <source>Findings in the file</source>
        <translation>Befunde in der Datei</translation>
    </message>
    <message>
        <source>This file is not plain UTF-8 text (or holds a carriage return or separator a text editor would turn into a line break); it is shown read-only so that saving keeps its bytes.</source>
        <translation>Diese Datei ist kein reiner UTF-8-Text (oder enthält einen Wagenrücklauf oder Trenner, den ein Texteditor zum Zeilenumbruch machen würde); sie wird schreibgeschützt gezeigt, damit Speichern ihre Bytes erhält.</translation>
    </message>
    <message>
        <source>The file with its secrets hidden, read-only: check “Show secrets” to edit it here.</source>
        <translation>Die Datei mit verborgenen Geheimnissen, schreibgeschützt: „Geheimnisse zeigen“ anhaken, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved.</source>
        <translation>Die Datei genau so, wie sie gespeichert wird.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved, secrets hidden.</source>
        <translation>Die Datei genau so, wie sie gespeichert wird, Geheimnisse verborgen.</translation>
    </message>
    <message>
        <source>Line %1 holds a hidden secret that was changed or copied; check “Show secrets” before editing such lines.</source>
        <translation>Zeile %1 enthält ein verborgenes Geheimnis, das geändert oder kopiert wurde; vor dem Bearbeiten solcher Zeilen „Geheimnisse zeigen“ anhaken.</translation>
    </message>
    <message>
        <source>This line holds a hidden secret: check “Show secrets” to edit it.</source>
        <translation>Diese Zeile enthält ein verborgenes Geheimnis: „Geheimnisse zeigen“ anhaken, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Edit raw text</source>
        <translation>Rohtext bearbeiten</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadApply</name>
    <message>
        <source>Asterisk on %1 answered: %2</source>
        <translation>Asterisk auf %1 hat geantwortet: %2</translation>
    </message>
    <message>
        <source>The next prediction cannot use this apply: %1</source>
        <translation>Die nächste Vorhersage kann diese Anwendung nicht nutzen: %1</translation>
    </message>
    <message>
        <source>Confirming through %1.</source>
        <translation>Bestätigung über %1.</translation>
    </message>
    <message>
        <source>Not confirming through ARI: %1.</source>
        <translation>Keine Bestätigung über ARI: %1.</translation>
    </message>
    <message>
        <source>the log file %1 (logger.conf: %2) does not exist</source>
        <translation>die Logdatei %1 (logger.conf: %2) existiert nicht</translation>
    </message>
    <message>
        <source>the log file %1 cannot be read by this user: run wscm as a user who may read it (root or the asterisk group)</source>
        <translation>die Logdatei %1 kann von diesem Benutzer nicht gelesen werden: wscm als Benutzer ausführen, der sie lesen darf (root oder Gruppe asterisk)</translation>
    </message>
    <message>
        <source>the size of the log file %1 cannot be read (%2)</source>
        <translation>die Größe der Logdatei %1 ist nicht lesbar (%2)</translation>
    </message>
    <message>
        <source>ARI cannot be asked: %1.</source>
        <translation>ARI ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>no ARI (%1), and no log to read (%2)</source>
        <translation>kein ARI (%1) und kein Log zum Lesen (%2)</translation>
    </message>
    <message>
        <source>Reading what Asterisk logged in %1 (logger.conf: %2).</source>
        <translation>Lese, was Asterisk in %1 geloggt hat (logger.conf: %2).</translation>
    </message>
    <message>
        <source>no ARI (%1), and the log file %2 cannot be read after the reload (%3)</source>
        <translation>kein ARI (%1), und die Logdatei %2 ist nach dem Reload nicht lesbar (%3)</translation>
    </message>
    <message>
        <source>no ARI (%1), and %2</source>
        <translation>kein ARI (%1), und %2</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadConfirmation</name>
    <message>
        <source>[%1]: predicted loaded, Asterisk has no such object</source>
        <translation>[%1]: als geladen vorhergesagt, Asterisk hat kein solches Objekt</translation>
    </message>
    <message>
        <source>[%1] %2: Asterisk has another value than predicted (secret: values not shown)</source>
        <translation>[%1] %2: Asterisk hat einen anderen Wert als vorhergesagt (Geheimnis: Werte nicht gezeigt)</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk shows no such field</source>
        <translation>[%1] %2: vorhergesagt &apos;%3&apos;, Asterisk zeigt kein solches Feld</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk has &apos;%4&apos;</source>
        <translation>[%1] %2: vorhergesagt &apos;%3&apos;, Asterisk hat &apos;%4&apos;</translation>
    </message>
    <message>
        <source>[%1]: predicted removed, Asterisk still has it</source>
        <translation>[%1]: als entfernt vorhergesagt, Asterisk hat ihn noch</translation>
    </message>
    <message>
        <source>Asterisk loaded %1 client%2 as predicted</source>
        <translation>Asterisk hat %1 Client%2 wie vorhergesagt geladen</translation>
    </message>
    <message>
        <source>; it refused the file (line %1) and kept every old object</source>
        <translation>; die Datei wurde abgelehnt (Zeile %1) und alle alten Objekte behalten</translation>
    </message>
    <message>
        <source>; kept the old [%1] (line %2)</source>
        <translation>; das alte [%1] behalten (Zeile %2)</translation>
    </message>
    <message>
        <source>; [%1] is gone</source>
        <translation>; [%1] ist weg</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadLogCheck</name>
    <message>
        <source>the log shows no reload of res_websocket_client (its line &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; did not appear; Asterisk writes it only at verbose level 3 or more)</source>
        <translation>das Log zeigt keinen Reload von res_websocket_client (seine Zeile &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; kam nicht; Asterisk schreibt sie erst ab Verbose-Level 3)</translation>
    </message>
    <message>
        <source>the log shows no line of this reload, and takes no VERBOSE messages where Asterisk names the reload: add verbose to the log file&apos;s levels in logger.conf</source>
        <translation>das Log zeigt keine Zeile dieses Reloads und nimmt keine VERBOSE-Meldungen auf, in denen Asterisk den Reload nennt: verbose zu den Levels der Logdatei in logger.conf hinzufügen</translation>
    </message>
    <message>
        <source>predicted the file refused (line %1), the log shows no refusal</source>
        <translation>vorhergesagt war die Ablehnung der Datei (Zeile %1), das Log zeigt keine Ablehnung</translation>
    </message>
    <message>
        <source>predicted the file loaded, the log says Asterisk refused it</source>
        <translation>vorhergesagt war das Laden der Datei, laut Log hat Asterisk sie abgelehnt</translation>
    </message>
    <message>
        <source>[%1]: predicted the old object kept, the log does not say it was retained</source>
        <translation>[%1]: vorhergesagt war das Behalten des alten Objekts, das Log sagt nicht, dass es behalten wurde</translation>
    </message>
    <message>
        <source>[%1]: the log says its old object was retained, the prediction did not</source>
        <translation>[%1]: laut Log wurde das alte Objekt behalten, die Vorhersage sagte das nicht</translation>
    </message>
    <message>
        <source>[%1]: predicted loaded, the log says Asterisk could not create it</source>
        <translation>[%1]: als geladen vorhergesagt, laut Log konnte Asterisk es nicht anlegen</translation>
    </message>
    <message>
        <source>it refused the file and kept every old object</source>
        <translation>die Datei wurde abgelehnt und alle alten Objekte behalten</translation>
    </message>
    <message>
        <source>kept the old %1</source>
        <translation>das alte %1 behalten</translation>
    </message>
    <message>
        <source>did not create %1</source>
        <translation>%1 nicht angelegt</translation>
    </message>
    <message>
        <source>it rejected no section</source>
        <translation>kein Abschnitt abgelehnt</translation>
    </message>
    <message>
        <source>Asterisk&apos;s log agrees with the prediction: %1. The log does not show field values: those are not confirmed (ARI would show them)</source>
        <translation>Asterisks Log stimmt mit der Vorhersage überein: %1. Das Log zeigt keine Feldwerte: diese sind nicht bestätigt (ARI würde sie zeigen)</translation>
    </message>
    <message>
        <source>also kept an old %1 from a file applied before the last one (wscm remembers only the last)</source>
        <translation>hat auch ein altes %1 aus einer vor der letzten angewandten Datei behalten (wscm merkt sich nur die letzte)</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadPrediction</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays as it is</source>
        <translation>ARIs ausgehender WebSocket %1 bleibt, wie er ist</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 reconnects with the new [%2]</source>
        <translation>ARIs ausgehender WebSocket %1 verbindet sich neu mit dem neuen [%2]</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 takes the new timing of [%2] without reconnecting</source>
        <translation>ARIs ausgehender WebSocket %1 übernimmt die neuen Zeiten von [%2] ohne Neuverbindung</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays on the OLD [%2]</source>
        <translation>ARIs ausgehender WebSocket %1 bleibt beim ALTEN [%2]</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays connected through [%2], which the reload removes</source>
        <translation>ARIs ausgehender WebSocket %1 bleibt über [%2] verbunden, das der Reload entfernt</translation>
    </message>
    <message>
        <source>what ARI&apos;s outbound websocket %1 does is not known: [%2] was not loaded before</source>
        <translation>was ARIs ausgehender WebSocket %1 tut, ist unbekannt: [%2] war vorher nicht geladen</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: the file cannot be loaded (%1)</source>
        <translation>Nach einem Reload ändert Asterisk nichts: die Datei kann nicht geladen werden (%1)</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: every client stays as it is</source>
        <translation>Nach einem Reload ändert Asterisk nichts: jeder Client bleibt, wie er ist</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>keep the OLD [%1], because the new one is invalid (%2)</source>
        <translation>das ALTE [%1] behalten, weil das neue ungültig ist (%2)</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>After a reload Asterisk will %1</source>
        <translation>Nach einem Reload wird Asterisk: %1</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadRunner</name>
    <message>
        <source>No file known as loaded: no earlier apply of %1 is recorded here, so this assumes Asterisk has loaded no client yet.</source>
        <translation>Keine Datei als geladen bekannt: hier ist keine frühere Anwendung von %1 verzeichnet, daher wird angenommen, dass Asterisk noch keinen Client geladen hat.</translation>
    </message>
    <message>
        <source>No file known as loaded: the copy of the last apply cannot be read (%1).</source>
        <translation>Keine Datei als geladen bekannt: die Kopie der letzten Anwendung ist nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>Applied as predicted</source>
        <translation>Wie vorhergesagt angewendet</translation>
    </message>
    <message>
        <source>Reloaded, not confirmed</source>
        <translation>Neu geladen, nicht bestätigt</translation>
    </message>
    <message>
        <source>Asterisk reloaded the file; what it loaded is not confirmed: %1.</source>
        <translation>Asterisk hat die Datei neu geladen; was es geladen hat, ist nicht bestätigt: %1.</translation>
    </message>
    <message>
        <source>Asterisk contradicts the prediction</source>
        <translation>Asterisk widerspricht der Vorhersage</translation>
    </message>
    <message>
        <source>Asterisk reloaded, but CONTRADICTS the prediction:
%1

This is a wscm bug: please report it with the file and these lines.</source>
        <translation>Asterisk hat neu geladen, WIDERSPRICHT aber der Vorhersage:
%1

Das ist ein Fehler in wscm: bitte mit der Datei und diesen Zeilen melden.</translation>
    </message>
    <message>
        <source>Saved, not reloaded</source>
        <translation>Gespeichert, nicht neu geladen</translation>
    </message>
    <message>
        <source>The file is saved. %1</source>
        <translation>Die Datei ist gespeichert. %1</translation>
    </message>
    <message>
        <source>Reloaded; the log agrees</source>
        <translation>Neu geladen; das Protokoll stimmt überein</translation>
    </message>
</context>
<context>
    <name>wscm::RttChart</name>
    <message>
        <source>Round-trip times of the last PONGs</source>
        <translation>Umlaufzeiten der letzten PONGs</translation>
    </message>
    <message>
        <source>No PONGs yet</source>
        <translation>Noch keine PONGs</translation>
    </message>
    <message numerus="yes">
        <source>%n samples, last %1</source>
        <translation>
            <numerusform>%n Messwert, zuletzt %1</numerusform>
            <numerusform>%n Messwerte, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
</context>
<context>
    <name>wscm::SaveConflictDialog</name>
    <message>
        <source>%1 was changed</source>
        <translation>%1 wurde geändert</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie die Datei geöffnet haben.</translation>
    </message>
    <message>
        <source>Your edits can be reapplied to their version: only the lines you changed are written, theirs stay as they are.</source>
        <translation>Ihre Änderungen lassen sich auf deren Fassung erneut anwenden: nur die von Ihnen geänderten Zeilen werden geschrieben, die anderen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>You both changed the same lines, so your edits cannot be reapplied to their version. Overwrite it with yours, or cancel and reload the file (File › Revert) to make your edits again.</source>
        <translation>Sie haben beide dieselben Zeilen geändert, daher lassen sich Ihre Änderungen nicht auf deren Fassung anwenden. Mit Ihrer Fassung überschreiben, oder abbrechen und die Datei neu laden (Datei › Zurücksetzen), um Ihre Änderungen erneut vorzunehmen.</translation>
    </message>
    <message>
        <source>Changes with your edits reapplied</source>
        <translation>Änderungen mit Ihren erneut angewandten Bearbeitungen</translation>
    </message>
    <message>
        <source>&amp;Merged</source>
        <translation>&amp;Zusammengeführt</translation>
    </message>
    <message>
        <source>Lines changed on both sides</source>
        <translation>Auf beiden Seiten geänderte Zeilen</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>Changes if overwritten</source>
        <translation>Änderungen beim Überschreiben</translation>
    </message>
    <message>
        <source>&amp;If overwritten</source>
        <translation>&amp;Beim Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Reapply my edits and save</source>
        <translation>Meine Änderungen erneut &amp;anwenden und speichern</translation>
    </message>
    <message>
        <source>&amp;Overwrite their changes</source>
        <translation>Deren Änderungen &amp;überschreiben</translation>
    </message>
</context>
<context>
    <name>wscm::SaveDiffDialog</name>
    <message>
        <source>&amp;Don&apos;t show changes before saving again</source>
        <translation>Änderungen vor dem Speichern &amp;nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Saving changes these lines of %1 (- removed, + added):</source>
        <translation>Speichern ändert diese Zeilen von %1 (- entfernt, + hinzugefügt):</translation>
    </message>
    <message>
        <source>Changes to be saved</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>Then Asterisk reloads res_websocket_client. wscm predicts:</source>
        <translation>Dann lädt Asterisk res_websocket_client neu. wscm sagt voraus:</translation>
    </message>
    <message>
        <source>Reload prediction</source>
        <translation>Reload-Vorhersage</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Speichern und an&amp;wenden</translation>
    </message>
    <message>
        <source>%1 (- removed, + added):</source>
        <translation>%1 (- entfernt, + hinzugefügt):</translation>
    </message>
    <message>
        <source>Changes to be saved in %1</source>
        <translation>In %1 zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>&amp;Save the File</source>
        <translation>Datei &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Save %1 Files</source>
        <translation>%1 Dateien &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Leave Them As They Are</source>
        <translation>&amp;So lassen, wie sie sind</translation>
    </message>
</context>
<context>
    <name>wscm::SectionListModel</name>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>%1 (not a websocket client)</source>
        <translation>%1 (kein WebSocket-Client)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unstable</source>
        <translation>
            <numerusform>%n instabil</numerusform>
            <numerusform>%n instabil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n verbindet</numerusform>
            <numerusform>%n verbinden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n versucht erneut</numerusform>
            <numerusform>%n versuchen erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave up</source>
        <translation>
            <numerusform>%n aufgegeben</numerusform>
            <numerusform>%n aufgegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <translation>
            <numerusform>%n nicht verbunden</numerusform>
            <numerusform>%n nicht verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>No websocket client sections</source>
        <translation>Keine Abschnitte für WebSocket-Clients</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>wscm::SectionProblems</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Fehler von Asterisk: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Warnung von wscm: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1:%2 [%3]: %4</source>
        <translation>%1:%2 [%3]: %4</translation>
    </message>
</context>
<context>
    <name>wscm::SectionStatus</name>
    <message numerus="yes">
        <source>%1: dropped %n×</source>
        <translation>
            <numerusform>%1: %n× abgebrochen</numerusform>
            <numerusform>%1: %n× abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, dropped %n×</source>
        <translation>
            <numerusform>%1: %2, %n× abgebrochen</numerusform>
            <numerusform>%1: %2, %n× abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>HTTP %1 at %2</source>
        <translation>HTTP %1 bei %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 (trying unsaved changes)</source>
        <translation>%1 (testet ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>connected for %1</source>
        <translation>verbunden seit %1</translation>
    </message>
    <message>
        <source>, last PONG %1</source>
        <translation>, letztes PONG vor %1</translation>
    </message>
    <message numerus="yes">
        <source>unstable: dropped %n× in %1</source>
        <translation>
            <numerusform>instabil: %n× abgebrochen in %1</numerusform>
            <numerusform>instabil: %n× abgebrochen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, never up longer than %1</source>
        <translation>, nie länger als %1 verbunden</translation>
    </message>
    <message>
        <source>retrying for %1</source>
        <translation>neue Versuche seit %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message numerus="yes">
        <source>, failed %n×</source>
        <translation>
            <numerusform>, %n× fehlgeschlagen</numerusform>
            <numerusform>, %n× fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid: Asterisk would not load it</source>
        <translation>ungültig: Asterisk würde ihn nicht laden</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more error(s)</source>
        <translation>
            <numerusform>, und %n weiterer Fehler</numerusform>
            <numerusform>, und %n weitere Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source> (trying unsaved changes)</source>
        <translation> (testet ungespeicherte Änderungen)</translation>
    </message>
</context>
<context>
    <name>wscm::SettingsForm</name>
    <message>
        <source>&amp;Template (never an object itself, only inherited from)</source>
        <translation>Vor&amp;lage (nie selbst ein Objekt, nur zum Erben)</translation>
    </message>
    <message>
        <source>Findings about this section</source>
        <translation>Befunde zu diesem Abschnitt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Section is a template</source>
        <translation>Abschnitt ist eine Vorlage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Inherits from templates</source>
        <translation>Erbt von Vorlagen</translation>
    </message>
    <message>
        <source>Templates whose options this section copies first, in order, separated by commas</source>
        <translation>Vorlagen, deren Optionen dieser Abschnitt zuerst übernimmt, der Reihe nach, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Inherits from:</source>
        <translation>Erb&amp;t von:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Kein Abschnitt ausgewählt</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] existiert nicht mehr</translation>
    </message>
    <message>
        <source>This section is defined in %1; open that file to edit it.</source>
        <translation>Dieser Abschnitt ist in %1 definiert; diese Datei öffnen, um ihn zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Asterisk would not load this section: %n error(s)</source>
        <translation>
            <numerusform>Asterisk würde diesen Abschnitt nicht laden: %n Fehler</numerusform>
            <numerusform>Asterisk würde diesen Abschnitt nicht laden: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear %1 in [%2]</source>
        <translation>%1 in [%2] leeren</translation>
    </message>
    <message>
        <source>Set %1 in [%2]</source>
        <translation>%1 in [%2] setzen</translation>
    </message>
    <message>
        <source>Change inheritance of [%1]</source>
        <translation>Vererbung von [%1] ändern</translation>
    </message>
</context>
<context>
    <name>wscm::StageWaterfall</name>
    <message>
        <source>Stage timings of the last attempt</source>
        <translation>Phasenzeiten des letzten Versuchs</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>resolving the host: %1</source>
        <translation>Auflösen des Hosts: %1</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>upgrade %1</source>
        <translation>Upgrade %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
</context>
<context>
    <name>wscm::TrayNotifier</name>
    <message>
        <source>WebSocket Client Manager</source>
        <translation>WebSocket Client Manager</translation>
    </message>
    <message>
        <source>Connection [%1] dropped</source>
        <translation>Verbindung [%1] abgebrochen</translation>
    </message>
</context>
<context>
    <name>wscm::UsedByList</name>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>ARI outbound websocket %1 (already INVALID)</source>
        <translation>Ausgehender ARI-WebSocket %1 (bereits INVALID)</translation>
    </message>
    <message>
        <source>ARI outbound websocket %1 (apps: %2)</source>
        <translation>Ausgehender ARI-WebSocket %1 (Apps: %2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1” (%2)</source>
        <translation>Ausgehender ARI-WebSocket „%1“ (%2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1”, apps %2 (%3)</source>
        <translation>Ausgehender ARI-WebSocket „%1“, Apps %2 (%3)</translation>
    </message>
    <message>
        <source>Open %1 at line %2: ARI outbound websocket %3</source>
        <translation>%1 in Zeile %2 öffnen: ausgehender ARI-WebSocket %3</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>Open %1 at line %2: dial string %3 in context %4</source>
        <translation>%1 in Zeile %2 öffnen: Dial-String %3 im Kontext %4</translation>
    </message>
    <message>
        <source>Open %1 at line %2 (read-only)</source>
        <translation>%1 in Zeile %2 öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing in ari.conf or extensions.conf uses this client. ARI externalMedia may still name it at run time.</source>
        <translation>Nichts in ari.conf oder extensions.conf verwendet diesen Client. ARI externalMedia kann ihn trotzdem zur Laufzeit nennen.</translation>
    </message>
    <message>
        <source>No ari.conf or extensions.conf beside this file: what uses this client is not known here (ARI externalMedia may still name it at run time).</source>
        <translation>Keine ari.conf oder extensions.conf neben dieser Datei: was diesen Client verwendet, ist hier unbekannt (ARI externalMedia kann ihn trotzdem zur Laufzeit nennen).</translation>
    </message>
    <message>
        <source>1 dial string in %1</source>
        <translation>1 Dial-String in %1</translation>
    </message>
    <message>
        <source>%1 dial strings in %2</source>
        <translation>%1 Dial-Strings in %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>wscm::UserPrompts</name>
    <message>
        <source>Asterisk config files (*.conf);;All files (*)</source>
        <translation>Asterisk-Konfigurationsdateien (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Text not applied</source>
        <translation>Text nicht übernommen</translation>
    </message>
    <message>
        <source>The text edited in the Raw tab is not applied to the document yet. Apply it, discard it, or stay in the Raw tab?</source>
        <translation>Der im Tab Rohtext bearbeitete Text ist noch nicht ins Dokument übernommen. Übernehmen, verwerfen oder im Tab Rohtext bleiben?</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep editing your version?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden und Ihre ungespeicherten Änderungen verlieren, oder Ihre Fassung weiter bearbeiten?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>Meine Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Save to another file?</source>
        <translation>%1 konnte nicht geschrieben werden: %2

In eine andere Datei speichern?</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Open remote file</source>
        <translation>Entfernte Datei öffnen</translation>
    </message>
    <message>
        <source>A config file on a host you reach with SSH, as
ssh://[user@]host[:port]/etc/asterisk/websocket_client.conf

Your ssh config, keys, agent and known_hosts are used; wscm never asks for a password.</source>
        <translation>Eine Konfigurationsdatei auf einem per SSH erreichbaren Host, als
ssh://[user@]host[:port]/etc/asterisk/websocket_client.conf

Ihre ssh-Konfiguration, Schlüssel, Agent und known_hosts werden verwendet; wscm fragt nie nach einem Passwort.</translation>
    </message>
    <message>
        <source>Rename references to [%1]</source>
        <translation>Verweise auf [%1] umbenennen</translation>
    </message>
    <message>
        <source>These files name [%1]. Rename it to [%2] there too? They are saved now, each whole or not at all; websocket_client.conf keeps [%2] when you save it, and Asterisk needs all of them to agree before it reloads.</source>
        <translation>Diese Dateien nennen [%1]. Dort auch in [%2] umbenennen? Sie werden jetzt gespeichert, jede ganz oder gar nicht; websocket_client.conf behält [%2], wenn Sie sie speichern, und Asterisk braucht die Übereinstimmung aller, bevor es neu lädt.</translation>
    </message>
</context>
</TS>
