<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>wscm::AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>wscm::AriDiscovery</name>
    <message>
        <source>give --ari, --ari-user and --ari-password-file to confirm through ARI</source>
        <translation>indiquez --ari, --ari-user et --ari-password-file pour confirmer via ARI</translation>
    </message>
    <message>
        <source>no http.conf beside the file: Asterisk&apos;s HTTP server, and so ARI, is off without one</source>
        <translation>pas de http.conf à côté du fichier&#xa0;: sans lui, le serveur HTTP d’Asterisk, et donc ARI, est éteint</translation>
    </message>
    <message>
        <source>http.conf cannot be read (%1)</source>
        <translation>http.conf est illisible (%1)</translation>
    </message>
    <message>
        <source>http.conf does not say [general] enabled = yes: Asterisk&apos;s HTTP server, and so ARI, is off</source>
        <translation>http.conf ne dit pas [general] enabled = yes&#xa0;: le serveur HTTP d’Asterisk, et donc ARI, est éteint</translation>
    </message>
    <message>
        <source>http.conf has no bindaddr: Asterisk&apos;s HTTP server listens nowhere without one</source>
        <translation>http.conf n’a pas de bindaddr&#xa0;: sans lui, le serveur HTTP d’Asterisk n’écoute nulle part</translation>
    </message>
    <message>
        <source>ARI listens on %1 of %2 only (http.conf bindaddr), which cannot be reached from here, and wscm opens no tunnel: forward it yourself (ssh -L %3:%1:%3 %2) and %4</source>
        <translation>ARI n’écoute que sur %1 de %2 (bindaddr de http.conf), injoignable d’ici, et wscm n’ouvre pas de tunnel&#xa0;: redirigez-le vous-même (ssh -L %3:%1:%3 %2) et %4</translation>
    </message>
    <message>
        <source>no ari.conf beside the file: ARI has no users without one</source>
        <translation>pas de ari.conf à côté du fichier&#xa0;: sans lui, ARI n’a pas d’utilisateurs</translation>
    </message>
    <message>
        <source>ari.conf cannot be read (%1)</source>
        <translation>ari.conf est illisible (%1)</translation>
    </message>
    <message>
        <source>ari.conf says [general] enabled = no: ARI answers nothing</source>
        <translation>ari.conf dit [general] enabled = no&#xa0;: ARI ne répond à rien</translation>
    </message>
    <message>
        <source>ari.conf&apos;s users all have crypt passwords, which wscm cannot send: %1</source>
        <translation>les utilisateurs de ari.conf ont tous des mots de passe crypt, que wscm ne peut pas envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>ari.conf has no user with a password: %1</source>
        <translation>ari.conf n’a aucun utilisateur avec mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>ARI at %1 as user &apos;%2&apos; (http.conf and ari.conf beside the file; the first ari.conf user with a plain password)</source>
        <translation>ARI sur %1 en tant qu’utilisateur &apos;%2&apos; (http.conf et ari.conf à côté du fichier&#xa0;; le premier utilisateur de ari.conf avec un mot de passe en clair)</translation>
    </message>
</context>
<context>
    <name>wscm::AriObjectReader</name>
    <message>
        <source>ARI at %1 refused the user and password (HTTP %2): check the user in ari.conf and the password file</source>
        <translation>ARI sur %1 a refusé l’utilisateur et le mot de passe (HTTP %2)&#xa0;: vérifiez l’utilisateur dans ari.conf et le fichier de mot de passe</translation>
    </message>
    <message>
        <source>ARI is not enabled at %1 (HTTP 404): enable it in ari.conf ([general] enabled = yes) and load res_ari</source>
        <translation>ARI n’est pas activé sur %1 (HTTP 404)&#xa0;: activez-le dans ari.conf ([general] enabled = yes) et chargez res_ari</translation>
    </message>
    <message>
        <source>ARI at %1 cannot be asked (%2): check the address, and that Asterisk&apos;s HTTP server is enabled in http.conf</source>
        <translation>Impossible d’interroger ARI sur %1 (%2)&#xa0;: vérifiez l’adresse, et que le serveur HTTP d’Asterisk est activé dans http.conf</translation>
    </message>
    <message>
        <source>ARI at %1 did not answer for [%2] (%3)</source>
        <translation>ARI sur %1 n’a pas répondu pour [%2] (%3)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskLogFile</name>
    <message>
        <source>no logger.conf beside the file: Asterisk then logs to its console only</source>
        <translation>pas de logger.conf à côté du fichier&#xa0;: Asterisk ne journalise alors que sur sa console</translation>
    </message>
    <message>
        <source>logger.conf cannot be read (%1)</source>
        <translation>logger.conf est illisible (%1)</translation>
    </message>
    <message>
        <source>logger.conf says appendhostname = yes: wscm does not know the host name Asterisk appends to its log files</source>
        <translation>logger.conf dit appendhostname = yes&#xa0;: wscm ne connaît pas le nom d’hôte qu’Asterisk ajoute à ses fichiers journaux</translation>
    </message>
    <message>
        <source>logger.conf names no log file that takes both ERROR and NOTICE messages (e.g. full =&gt; notice,warning,error,verbose)</source>
        <translation>logger.conf ne nomme aucun fichier journal qui reçoive à la fois les messages ERROR et NOTICE (p. ex. full =&gt; notice,warning,error,verbose)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskReload</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>nothing was reloaded: %1</source>
        <translation>rien n’a été rechargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was reloaded: cannot run sh on this computer: %1</source>
        <translation>rien n’a été rechargé&#xa0;: impossible d’exécuter sh sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asterisk is not installed on %1 (no `asterisk` command on its PATH, /usr/sbin or /usr/local/sbin); nothing was reloaded. Install Asterisk there, or put its `asterisk` on the PATH.</source>
        <translation>Asterisk n’est pas installé sur %1 (pas de commande `asterisk` dans son PATH, /usr/sbin ni /usr/local/sbin)&#xa0;; rien n’a été rechargé. Installez-y Asterisk, ou mettez son `asterisk` dans le PATH.</translation>
    </message>
    <message>
        <source>Asterisk on %1 is not running, or its control socket cannot be read by this user (%2); nothing was reloaded. Start Asterisk, or run wscm as a user allowed to use asterisk -r (root or the asterisk group).</source>
        <translation>Asterisk sur %1 ne tourne pas, ou cet utilisateur ne peut pas lire son socket de contrôle (%2)&#xa0;; rien n’a été rechargé. Démarrez Asterisk, ou lancez wscm avec un utilisateur autorisé à utiliser asterisk -r (root ou le groupe asterisk).</translation>
    </message>
    <message>
        <source>Asterisk on %1 did not reload res_websocket_client; it answered: %2</source>
        <translation>Asterisk sur %1 n’a pas rechargé res_websocket_client&#xa0;; réponse&#xa0;: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
</context>
<context>
    <name>wscm::ConfigSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation>le document n’a pas encore de nom de fichier</translation>
    </message>
    <message>
        <source>The file was removed: there is nothing to reapply your edits to.</source>
        <translation>Le fichier a été supprimé&#xa0;: il n’y a rien sur quoi réappliquer vos modifications.</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ ligne %1 @@</translation>
    </message>
    <message>
        <source>&lt;&lt;&lt;&lt;&lt;&lt;&lt; the file now</source>
        <translation>&lt;&lt;&lt;&lt;&lt;&lt;&lt; le fichier actuel</translation>
    </message>
    <message>
        <source>&gt;&gt;&gt;&gt;&gt;&gt;&gt; your edits</source>
        <translation>&gt;&gt;&gt;&gt;&gt;&gt;&gt; vos modifications</translation>
    </message>
    <message>
        <source>Reapply edits</source>
        <translation>Réappliquer les modifications</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was read; it was not written</source>
        <translation>%1 a changé depuis sa lecture&#xa0;; il n’a pas été écrit</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManager</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManagerThread</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
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
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>wscm::EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Show &amp;PONGs</source>
        <translation>Afficher les P&amp;ONG</translation>
    </message>
    <message>
        <source>Filter events (section, event or detail)</source>
        <translation>Filtrer les événements (section, événement ou détail)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Every answered PING, several a second for each connection</source>
        <translation>Chaque PING répondu, plusieurs par seconde pour chaque connexion</translation>
    </message>
    <message>
        <source>Connection events</source>
        <translation>Événements de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
</context>
<context>
    <name>wscm::EventLogModel</name>
    <message>
        <source>round trip %1</source>
        <translation>aller-retour %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>wscm::ExportDialog</name>
    <message>
        <source>&amp;Redact secrets (password, proxy_password, passwords in URIs)</source>
        <translation>&amp;Masquer les secrets (password, proxy_password, mots de passe dans les URI)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Choisir le fichier d’export</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>wscm::FailureHint</name>
    <message>
        <source>The host name in uri could not be resolved: check the host in uri and the DNS settings.</source>
        <translation>Le nom d’hôte de uri n’a pas pu être résolu&#xa0;: vérifiez l’hôte dans uri et les réglages DNS.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved: check proxy_host and the DNS settings.</source>
        <translation>Le nom d’hôte du proxy n’a pas pu être résolu&#xa0;: vérifiez proxy_host et les réglages DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address: check the host and port in uri and that the server is running.</source>
        <translation>Rien n’accepte de connexion à cette adresse&#xa0;: vérifiez l’hôte et le port dans uri, et que le serveur tourne.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at the proxy&apos;s address: check proxy_host and that the proxy is running.</source>
        <translation>Rien n’accepte de connexion à l’adresse du proxy&#xa0;: vérifiez proxy_host et que le proxy tourne.</translation>
    </message>
    <message>
        <source>There is no route to that address: check the host in uri (or proxy_host), the network and firewalls.</source>
        <translation>Aucune route vers cette adresse&#xa0;: vérifiez l’hôte dans uri (ou proxy_host), le réseau et les pare-feu.</translation>
    </message>
    <message>
        <source>No answer within connection_timeout: check the address in uri and firewalls, or raise connection_timeout.</source>
        <translation>Pas de réponse dans le délai connection_timeout&#xa0;: vérifiez l’adresse dans uri et les pare-feu, ou augmentez connection_timeout.</translation>
    </message>
    <message>
        <source>The proxy did not accept the connection within connection_timeout: check proxy_host and firewalls, or raise connection_timeout.</source>
        <translation>Le proxy n’a pas accepté la connexion dans le délai connection_timeout&#xa0;: vérifiez proxy_host et les pare-feu, ou augmentez connection_timeout.</translation>
    </message>
    <message>
        <source>The proxy answered 407: check proxy_username and proxy_password.</source>
        <translation>Le proxy a répondu 407&#xa0;: vérifiez proxy_username et proxy_password.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check that the proxy in proxy_host allows CONNECT to the host and port in uri.</source>
        <translation>Le proxy a refusé le tunnel (HTTP %1)&#xa0;: vérifiez que le proxy de proxy_host autorise CONNECT vers l’hôte et le port de uri.</translation>
    </message>
    <message>
        <source>The proxy could not find the server (HTTP 404): check the host in uri, as the proxy resolves it.</source>
        <translation>Le proxy n’a pas trouvé le serveur (HTTP 404)&#xa0;: vérifiez l’hôte dans uri, tel que le proxy le résout.</translation>
    </message>
    <message>
        <source>The proxy could not connect to the server (HTTP 503): check the host and port in uri and that the server is running.</source>
        <translation>Le proxy n’a pas pu joindre le serveur (HTTP 503)&#xa0;: vérifiez l’hôte et le port dans uri, et que le serveur tourne.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check proxy_host and that the proxy allows CONNECT to this host and port.</source>
        <translation>Le proxy a refusé le tunnel (HTTP %1)&#xa0;: vérifiez proxy_host et que le proxy autorise CONNECT vers cet hôte et ce port.</translation>
    </message>
    <message>
        <source>The proxy did not open a tunnel: check proxy_host and that it is an HTTP proxy that allows CONNECT.</source>
        <translation>Le proxy n’a pas ouvert de tunnel&#xa0;: vérifiez proxy_host et qu’il s’agit d’un proxy HTTP qui autorise CONNECT.</translation>
    </message>
    <message>
        <source>The proxy closed the connection without answering: check proxy_host and that it is an HTTP proxy.</source>
        <translation>Le proxy a fermé la connexion sans répondre&#xa0;: vérifiez proxy_host et qu’il s’agit d’un proxy HTTP.</translation>
    </message>
    <message>
        <source>The proxy did not answer the CONNECT in time: check the proxy, or raise connection_timeout.</source>
        <translation>Le proxy n’a pas répondu au CONNECT à temps&#xa0;: vérifiez le proxy, ou augmentez connection_timeout.</translation>
    </message>
    <message>
        <source>A TLS file cannot be used: check ca_list_file, ca_list_path, cert_file and priv_key_file (paths, permissions, PEM format).</source>
        <translation>Un fichier TLS est inutilisable&#xa0;: vérifiez ca_list_file, ca_list_path, cert_file et priv_key_file (chemins, droits, format PEM).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: put the CA that signed it in ca_list_file or ca_list_path (or turn off verify_server_cert).</source>
        <translation>Le certificat du serveur n’est pas de confiance&#xa0;: mettez la CA qui l’a signé dans ca_list_file ou ca_list_path (ou désactivez verify_server_cert).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name: check the host in uri against the certificate (or turn off verify_server_hostname).</source>
        <translation>Le certificat du serveur est établi pour un autre nom&#xa0;: comparez l’hôte de uri au certificat (ou désactivez verify_server_hostname).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired: the server needs a new one.</source>
        <translation>Le certificat du serveur a expiré&#xa0;: le serveur en a besoin d’un nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet: check the clocks of this machine and of the server.</source>
        <translation>Le certificat du serveur n’est pas encore valide&#xa0;: vérifiez les horloges de cette machine et du serveur.</translation>
    </message>
    <message>
        <source>The server refused the client certificate: check cert_file and priv_key_file, and that the server trusts their CA.</source>
        <translation>Le serveur a refusé le certificat client&#xa0;: vérifiez cert_file et priv_key_file, et que le serveur fait confiance à leur CA.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that the server speaks TLS on this port (tls_enabled) and the TLS versions it accepts.</source>
        <translation>La négociation TLS a échoué&#xa0;: vérifiez que le serveur parle TLS sur ce port (tls_enabled) et les versions TLS qu’il accepte.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time: check that the server speaks TLS on this port, or raise connection_timeout.</source>
        <translation>La négociation TLS ne s’est pas terminée à temps&#xa0;: vérifiez que le serveur parle TLS sur ce port, ou augmentez connection_timeout.</translation>
    </message>
    <message>
        <source>The server answered 401: check username and password.</source>
        <translation>Le serveur a répondu 401&#xa0;: vérifiez username et password.</translation>
    </message>
    <message>
        <source>The server answered 403: it refuses this client; check username, password and what the server allows.</source>
        <translation>Le serveur a répondu 403&#xa0;: il refuse ce client&#xa0;; vérifiez username, password et ce que le serveur autorise.</translation>
    </message>
    <message>
        <source>The server answered 404: check the path in uri.</source>
        <translation>Le serveur a répondu 404&#xa0;: vérifiez le chemin dans uri.</translation>
    </message>
    <message>
        <source>The server answered 400 Bad Request: check the path and query in uri and the protocols offered.</source>
        <translation>Le serveur a répondu 400 Bad Request&#xa0;: vérifiez le chemin et la requête dans uri, et les protocols proposés.</translation>
    </message>
    <message>
        <source>The server answered %1 instead of switching to WebSocket: check uri and that it is a WebSocket endpoint.</source>
        <translation>Le serveur a répondu %1 au lieu de passer en WebSocket&#xa0;: vérifiez uri et qu’il s’agit d’un point d’accès WebSocket.</translation>
    </message>
    <message>
        <source>The server did not pick one of the offered subprotocols: check protocols.</source>
        <translation>Le serveur n’a choisi aucun des sous-protocoles proposés&#xa0;: vérifiez protocols.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a WebSocket upgrade: check uri and that the server speaks WebSocket on this port.</source>
        <translation>La réponse du serveur n’est pas un upgrade WebSocket&#xa0;: vérifiez uri et que le serveur parle WebSocket sur ce port.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the upgrade: check uri, tls_enabled and the server&apos;s logs.</source>
        <translation>Le serveur a fermé la connexion sans répondre à l’upgrade&#xa0;: vérifiez uri, tls_enabled et les journaux du serveur.</translation>
    </message>
    <message>
        <source>The server did not answer the upgrade in time: check uri and that the server speaks WebSocket on this port, or raise connection_timeout.</source>
        <translation>Le serveur n’a pas répondu à l’upgrade à temps&#xa0;: vérifiez uri et que le serveur parle WebSocket sur ce port, ou augmentez connection_timeout.</translation>
    </message>
    <message>
        <source>The server stopped answering PINGs: check the network path, or raise pingpong_interval or pingpong_probes.</source>
        <translation>Le serveur ne répond plus aux PING&#xa0;: vérifiez le chemin réseau, ou augmentez pingpong_interval ou pingpong_probes.</translation>
    </message>
    <message>
        <source>TCP keepalive probes went unanswered: the peer or the path to it is gone.</source>
        <translation>Les sondes TCP keepalive sont restées sans réponse&#xa0;: le pair ou le chemin vers lui a disparu.</translation>
    </message>
    <message>
        <source>The server closed the connection: check the server&apos;s logs.</source>
        <translation>Le serveur a fermé la connexion&#xa0;: vérifiez les journaux du serveur.</translation>
    </message>
    <message>
        <source>The server sent a frame or message over 1 MiB: check what the server sends.</source>
        <translation>Le serveur a envoyé une trame ou un message de plus de 1 Mio&#xa0;: vérifiez ce que le serveur envoie.</translation>
    </message>
    <message>
        <source>The connection broke: check the network path to the server (or proxy).</source>
        <translation>La connexion a été coupée&#xa0;: vérifiez le chemin réseau vers le serveur (ou le proxy).</translation>
    </message>
    <message>
        <source>Check uri, the proxy and TLS options, and the event log for details.</source>
        <translation>Vérifiez uri, les options proxy et TLS, et le journal des événements pour les détails.</translation>
    </message>
</context>
<context>
    <name>wscm::HealthView</name>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Section shown</source>
        <translation>Section affichée</translation>
    </message>
    <message>
        <source>Connect this section</source>
        <translation>Connecter cette section</translation>
    </message>
    <message>
        <source>Disconnect this section</source>
        <translation>Déconnecter cette section</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>What Asterisk says is wrong</source>
        <translation>Ce qu’Asterisk juge incorrect</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Last attempt, stage by stage</source>
        <translation>Dernière tentative, étape par étape</translation>
    </message>
    <message>
        <source>Round-trip time of the last PONGs</source>
        <translation>Temps d’aller-retour des derniers PONG</translation>
    </message>
    <message>
        <source>Measured from:</source>
        <translation>Mesuré depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Unanswered PINGs:</source>
        <translation>PING sans réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Last round trip:</source>
        <translation>Dernier aller-retour&#xa0;:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Aucune section sélectionnée</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] n’existe plus</translation>
    </message>
    <message>
        <source>[%1] — websocket client</source>
        <translation>[%1] — client WebSocket</translation>
    </message>
    <message>
        <source>[%1] — template</source>
        <translation>[%1] — modèle</translation>
    </message>
    <message>
        <source>[%1] — not a websocket client</source>
        <translation>[%1] — pas un client WebSocket</translation>
    </message>
    <message>
        <source>[%1] is not a websocket client: nothing to connect</source>
        <translation>[%1] n’est pas un client WebSocket&#xa0;: rien à connecter</translation>
    </message>
    <message>
        <source>%1 — Asterisk would not load this section</source>
        <translation>%1 — Asterisk ne chargerait pas cette section</translation>
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
        <translation>%1 tentatives, %2 reconnexions, %3 échecs d’affilée</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 non défini</translation>
    </message>
    <message>
        <source>none: Asterisk would not load this section (as written: %1)</source>
        <translation>aucun&#xa0;: Asterisk ne chargerait pas cette section (telle qu’écrite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 of %2 allowed (a PING every %3 s)</source>
        <translation>%1 sur %2 autorisés (un PING toutes les %3 s)</translation>
    </message>
    <message>
        <source>PING/PONG is off (enable_pingpongs)</source>
        <translation>PING/PONG est désactivé (enable_pingpongs)</translation>
    </message>
    <message>
        <source>none (no TLS)</source>
        <translation>aucun (pas de TLS)</translation>
    </message>
    <message>
        <source>%1
issued by %2
expires %3</source>
        <translation>%1
émis par %2
expire le %3</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Le certificat a expiré.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat expire dans %n jour.</numerusform>
            <numerusform>Le certificat expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the lines named above in the Raw tab as Asterisk&apos;s error says, then save.</source>
        <translation>Corrigez les lignes indiquées ci-dessus dans l’onglet Brut comme le dit l’erreur d’Asterisk, puis enregistrez.</translation>
    </message>
    <message>
        <source>Correct %1 as Asterisk&apos;s error says (Go to field), then save.</source>
        <translation>Corrigez %1 comme le dit l’erreur d’Asterisk (Aller au champ), puis enregistrez.</translation>
    </message>
    <message>
        <source>%1 Until then Asterisk leaves this section out.</source>
        <translation>%1 D’ici là, Asterisk ignore cette section.</translation>
    </message>
    <message>
        <source>%1 stage: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (à %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Takes down:</source>
        <translation>Met hors service&#xa0;:</translation>
    </message>
    <message>
        <source>nothing in ari.conf or extensions.conf (ARI externalMedia may still use it)</source>
        <translation>rien dans ari.conf ou extensions.conf (ARI externalMedia peut encore l’utiliser)</translation>
    </message>
    <message>
        <source>Correct the lines named in %1 as Asterisk&apos;s error says, with an editor of those files.</source>
        <translation>Corrigez les lignes indiquées dans %1 comme le dit l’erreur d’Asterisk, avec un éditeur de ces fichiers.</translation>
    </message>
</context>
<context>
    <name>wscm::HeartbeatLegend</name>
    <message>
        <source>PONG answered</source>
        <translation>PONG reçu</translation>
    </message>
    <message>
        <source>PING missed</source>
        <translation>PING manqué</translation>
    </message>
    <message>
        <source>no PING yet</source>
        <translation>pas encore de PING</translation>
    </message>
    <message>
        <source>Heartbeat: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</source>
        <translation>Pulsation&#xa0;: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</translation>
    </message>
    <message>
        <source>Heartbeat legend</source>
        <translation>Légende des pulsations</translation>
    </message>
    <message>
        <source>In each row&apos;s heartbeat strip, one bar per PING, newest on the right: green, %1; red, %2; grey, %3.</source>
        <translation>Dans la bande de pulsations de chaque ligne, une barre par PING, la plus récente à droite&#xa0;: vert, %1&#xa0;; rouge, %2&#xa0;; gris, %3.</translation>
    </message>
</context>
<context>
    <name>wscm::MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open Re&amp;mote…</source>
        <translation>Ouvrir à &amp;distance…</translation>
    </message>
    <message>
        <source>Open a config file on a PBX reached with SSH</source>
        <translation>Ouvrir un fichier de configuration sur un PBX joint par SSH</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>&amp;Ajouter une section…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Section…</source>
        <translation>D&amp;upliquer la section…</translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation>&amp;Renommer la section…</translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation>&amp;Supprimer la section</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Connect &amp;All</source>
        <translation>Connecter &amp;tout</translation>
    </message>
    <message>
        <source>Disconnect A&amp;ll</source>
        <translation>Décon&amp;necter tout</translation>
    </message>
    <message>
        <source>Try &amp;Unsaved Changes</source>
        <translation>Essayer les modifications non enre&amp;gistrées</translation>
    </message>
    <message>
        <source>Connections run the saved file; checked, they run your unsaved edits, restarted once typing pauses</source>
        <translation>Les connexions utilisent le fichier enregistré&#xa0;; cochée, elles utilisent vos modifications non enregistrées, relancées dès que la saisie marque une pause</translation>
    </message>
    <message>
        <source>Show &amp;Changes Before Saving</source>
        <translation>Afficher les &amp;modifications avant d’enregistrer</translation>
    </message>
    <message>
        <source>&amp;Notify When a Connection Drops (Tray Icon)</source>
        <translation>&amp;Notifier quand une connexion tombe (icône de la zone de notification)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n’a pas de zone de notification.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The new language shows when wscm starts next.</source>
        <translation>La nouvelle langue s’affichera au prochain démarrage de wscm.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About wscm</source>
        <translation>À propos de wscm</translation>
    </message>
    <message>
        <source>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Edit, check and watch the connections of Asterisk&apos;s websocket_client.conf.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Modifier, vérifier et surveiller les connexions du websocket_client.conf d’Asterisk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>Conne&amp;xions</translation>
    </message>
    <message>
        <source>Te&amp;mplates and other sections</source>
        <translation>&amp;Modèles et autres sections</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Hea&amp;lth</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Brut</translation>
    </message>
    <message>
        <source>Section views</source>
        <translation>Vues de la section</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Résumé des connexions</translation>
    </message>
    <message>
        <source>%1[*] — WebSocket Client Manager</source>
        <translation>%1[*] — WebSocket Client Manager</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source> — Asterisk would reject the whole file</source>
        <translation> — Asterisk rejetterait tout le fichier</translation>
    </message>
    <message numerus="yes">
        <source> — %n trying unsaved changes</source>
        <translation>
            <numerusform> — %n essaie des modifications non enregistrées</numerusform>
            <numerusform> — %n essaient des modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source> — measured from %1</source>
        <translation> — mesuré depuis %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Save As — on this computer</source>
        <translation>Enregistrer sous — sur cet ordinateur</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Throw away every change since %1 was last saved?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Impossible de revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Rechargement impossible</translation>
    </message>
    <message>
        <source>Add section [%1]</source>
        <translation>Ajouter la section [%1]</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Dupliquer la section</translation>
    </message>
    <message>
        <source>Name of the copy of [%1]:</source>
        <translation>Nom de la copie de [%1]&#xa0;:</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copie</translation>
    </message>
    <message>
        <source>Duplicate [%1] as [%2]</source>
        <translation>Dupliquer [%1] en [%2]</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>New name for [%1]:</source>
        <translation>Nouveau nom pour [%1]&#xa0;:</translation>
    </message>
    <message>
        <source>Rename [%1] to [%2]</source>
        <translation>Renommer [%1] en [%2]</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Delete [%1] and all its lines? (Undo brings it back.)</source>
        <translation>Supprimer [%1] et toutes ses lignes&#xa0;? (Annuler la rétablit.)</translation>
    </message>
    <message>
        <source>Delete [%1]</source>
        <translation>Supprimer [%1]</translation>
    </message>
    <message>
        <source>Probing from %1 (%2 there)</source>
        <translation>Mesure depuis %1 (%2 là-bas)</translation>
    </message>
    <message>
        <source>Cannot probe from %1</source>
        <translation>Impossible de mesurer depuis %1</translation>
    </message>
    <message>
        <source>Probe from this computer?</source>
        <translation>Mesurer depuis cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>%1

Probe from this computer instead? Its network path (proxy, firewall, DNS, certificate store) may not be the PBX&apos;s; the health is then labelled &quot;measured from this computer&quot;.</source>
        <translation>%1

Mesurer plutôt depuis cet ordinateur&#xa0;? Son chemin réseau (proxy, pare-feu, DNS, magasin de certificats) peut différer de celui du PBX&#xa0;; l’état est alors marqué «&#xa0;mesuré depuis cet ordinateur&#xa0;».</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Enregistrer et a&amp;ppliquer</translation>
    </message>
    <message>
        <source>Save, then reload res_websocket_client in Asterisk where the file is, and confirm what it loaded</source>
        <translation>Enregistrer, puis recharger res_websocket_client dans l’Asterisk où se trouve le fichier, et confirmer ce qu’il a chargé</translation>
    </message>
    <message>
        <source>Connect with Dial &amp;String…</source>
        <translation>Connecter avec une chaîne de numé&amp;rotation…</translation>
    </message>
    <message>
        <source>Save and Apply</source>
        <translation>Enregistrer et appliquer</translation>
    </message>
    <message>
        <source>Save the file where Asterisk reads it first (File &gt; Save As), then apply it.</source>
        <translation>Enregistrez d’abord le fichier là où Asterisk le lit (Fichier &gt; Enregistrer sous), puis appliquez-le.</translation>
    </message>
    <message>
        <source>Apply despite errors</source>
        <translation>Appliquer malgré les erreurs</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s). Asterisk keeps the old version of an invalid section, or refuses the whole file. Save and reload anyway?</source>
        <translation>
            <numerusform>%1 a %n erreur. Asterisk garde l’ancienne version d’une section invalide, ou refuse tout le fichier. Enregistrer et recharger quand même&#xa0;?</numerusform>
            <numerusform>%1 a %n erreurs. Asterisk garde l’ancienne version d’une section invalide, ou refuse tout le fichier. Enregistrer et recharger quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Reloading Asterisk on %1…</source>
        <translation>Rechargement d’Asterisk sur %1…</translation>
    </message>
    <message>
        <source>Cannot rename the references to [%1]</source>
        <translation>Impossible de renommer les références à [%1]</translation>
    </message>
    <message>
        <source>%1

Reload the file to read them again; nothing was written.</source>
        <translation>%1

Rechargez le fichier pour les relire&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Not every reference to [%1] was renamed</source>
        <translation>Toutes les références à [%1] n’ont pas été renommées</translation>
    </message>
    <message>
        <source>%1

A file that was not written holds what it held before.</source>
        <translation>%1

Un fichier qui n’a pas été écrit contient ce qu’il contenait avant.</translation>
    </message>
    <message>
        <source>Renamed [%1] to [%2] in %3; save to rename it in %4 too</source>
        <translation>[%1] renommé en [%2] dans %3&#xa0;; enregistrez pour le renommer aussi dans %4</translation>
    </message>
    <message>
        <source>Connect with Dial String</source>
        <translation>Connecter avec une chaîne de numérotation</translation>
    </message>
    <message>
        <source>Dial string, as Dial() is given it (WebSocket/&lt;id&gt;[/options]):</source>
        <translation>Chaîne de numérotation, telle que Dial() la reçoit (WebSocket/&lt;id&gt;[/options])&#xa0;:</translation>
    </message>
    <message>
        <source>The probe on the PBX runs the saved sections; run `wscm probe --dial` there, or probe from this computer.</source>
        <translation>La mesure sur le PBX utilise les sections enregistrées&#xa0;; lancez `wscm probe --dial` là-bas, ou mesurez depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Asterisk would fail this call</source>
        <translation>Asterisk ferait échouer cet appel</translation>
    </message>
    <message>
        <source>[%1] connects to %2 as this call would</source>
        <translation>[%1] se connecte à %2 comme le ferait cet appel</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source> — 1 finding in ari.conf or extensions.conf about no client</source>
        <translation> — 1 constat dans ari.conf ou extensions.conf sur aucun client</translation>
    </message>
    <message>
        <source> — %1 findings in ari.conf or extensions.conf about no client</source>
        <translation> — %1 constats dans ari.conf ou extensions.conf sur aucun client</translation>
    </message>
</context>
<context>
    <name>wscm::NeighbourViewer</name>
    <message>
        <source>%1, line %2 (read-only)</source>
        <translation>%1, ligne %2 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 — read-only; wscm changes it only when you rename a client</source>
        <translation>%1 — lecture seule&#xa0;; wscm ne le modifie que si vous renommez un client</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, lecture seule</translation>
    </message>
</context>
<context>
    <name>wscm::NewSectionDialog</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Section name</source>
        <translation>Nom de la section</translation>
    </message>
    <message>
        <source>A template is never a connection itself; other sections inherit its options</source>
        <translation>Un modèle n’est jamais une connexion en soi&#xa0;; d’autres sections héritent de ses options</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Based on template</source>
        <translation>Basée sur le modèle</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Basée sur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>wscm::OptionField</name>
    <message>
        <source>Override</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Set the inherited value in this section, to change it here</source>
        <translation>Définir la valeur héritée dans cette section, pour la modifier ici</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Remplacer %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove this section&apos;s own value: the inherited or default value applies again</source>
        <translation>Retirer la valeur propre à cette section&#xa0;: la valeur héritée ou par défaut s’applique de nouveau</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Show or hide the password in the URI (to edit it)</source>
        <translation>Afficher ou masquer le mot de passe dans l’URI (pour le modifier)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <source>inherited (hidden)</source>
        <translation>hérité (masqué)</translation>
    </message>
    <message>
        <source>from [%1]</source>
        <translation>de [%1]</translation>
    </message>
    <message>
        <source>Inherited from template [%1]</source>
        <translation>Hérité du modèle [%1]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Erreur d’Asterisk&#xa0;: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Avertissement de wscm&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>wscm::OptionSchema</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
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
        <translation>Keepalives TCP</translation>
    </message>
    <message>
        <source>PING/PONG</source>
        <translation>PING/PONG</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Marks the section as a WebSocket client; must be websocket_client.</source>
        <translation>Marque la section comme client WebSocket&#xa0;; doit valoir websocket_client.</translation>
    </message>
    <message>
        <source>Address of the remote server: ws:// or wss://host[:port][/path][?query].</source>
        <translation>Adresse du serveur distant&#xa0;: ws:// ou wss://hôte[:port][/chemin][?requête].</translation>
    </message>
    <message>
        <source>Comma-separated subprotocols offered in Sec-WebSocket-Protocol; the server must pick one.</source>
        <translation>Sous-protocoles séparés par des virgules, proposés dans Sec-WebSocket-Protocol&#xa0;; le serveur doit en choisir un.</translation>
    </message>
    <message>
        <source>persistent keeps one connection open; per_call_config opens one per call.</source>
        <translation>persistent garde une connexion ouverte&#xa0;; per_call_config en ouvre une par appel.</translation>
    </message>
    <message>
        <source>TCP connect timeout; proxy and upgrade replies are each awaited up to twice this.</source>
        <translation>Délai de connexion TCP&#xa0;; les réponses du proxy et de l’upgrade sont chacune attendues jusqu’au double.</translation>
    </message>
    <message>
        <source>User name sent with password as HTTP Basic authorization on the upgrade.</source>
        <translation>Nom d’utilisateur envoyé avec password en autorisation HTTP Basic lors de l’upgrade.</translation>
    </message>
    <message>
        <source>Password for username; a secret, redacted in every output.</source>
        <translation>Mot de passe de username&#xa0;; un secret, masqué dans toute sortie.</translation>
    </message>
    <message>
        <source>Run TLS to the WebSocket server; the URI scheme alone does not turn it on.</source>
        <translation>Utiliser TLS vers le serveur WebSocket&#xa0;; le schéma de l’URI seul ne l’active pas.</translation>
    </message>
    <message>
        <source>PEM bundle of certificate authorities trusted for the server certificate.</source>
        <translation>Lot PEM d’autorités de certification de confiance pour le certificat du serveur.</translation>
    </message>
    <message>
        <source>Folder of hashed CA certificates, as an alternative to ca_list_file.</source>
        <translation>Dossier de certificats CA hachés, en alternative à ca_list_file.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Certificat client (PEM) pour les serveurs qui en demandent un.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Clé privée (PEM) du certificat client.</translation>
    </message>
    <message>
        <source>Check that the server certificate chains to a trusted CA; no accepts any certificate.</source>
        <translation>Vérifier que le certificat du serveur remonte à une CA de confiance&#xa0;; no accepte n’importe quel certificat.</translation>
    </message>
    <message>
        <source>Check that the certificate names the host in the URI; no forgives a mismatch.</source>
        <translation>Vérifier que le certificat nomme l’hôte de l’URI&#xa0;; no tolère une différence.</translation>
    </message>
    <message>
        <source>HTTP forward proxy as host:port, reached with CONNECT; the port is required.</source>
        <translation>Proxy HTTP sortant sous la forme hôte:port, joint avec CONNECT&#xa0;; le port est obligatoire.</translation>
    </message>
    <message>
        <source>User name for Proxy-Authorization: Basic; sent only with proxy_password.</source>
        <translation>Nom d’utilisateur pour Proxy-Authorization: Basic&#xa0;; envoyé seulement avec proxy_password.</translation>
    </message>
    <message>
        <source>Password for the proxy; a secret, and always sent to the proxy in clear text.</source>
        <translation>Mot de passe du proxy&#xa0;; un secret, toujours envoyé en clair au proxy.</translation>
    </message>
    <message>
        <source>Let the kernel probe an idle connection (SO_KEEPALIVE).</source>
        <translation>Laisser le noyau sonder une connexion inactive (SO_KEEPALIVE).</translation>
    </message>
    <message>
        <source>Idle seconds before the first keepalive probe (TCP_KEEPIDLE).</source>
        <translation>Secondes d’inactivité avant la première sonde keepalive (TCP_KEEPIDLE).</translation>
    </message>
    <message>
        <source>Seconds between keepalive probes (TCP_KEEPINTVL).</source>
        <translation>Secondes entre les sondes keepalive (TCP_KEEPINTVL).</translation>
    </message>
    <message>
        <source>Unanswered probes before the kernel drops the connection (TCP_KEEPCNT).</source>
        <translation>Sondes sans réponse avant que le noyau coupe la connexion (TCP_KEEPCNT).</translation>
    </message>
    <message>
        <source>Send WebSocket PINGs and close the connection when PONGs stop coming.</source>
        <translation>Envoyer des PING WebSocket et fermer la connexion quand les PONG n’arrivent plus.</translation>
    </message>
    <message>
        <source>Seconds between PINGs.</source>
        <translation>Secondes entre les PING.</translation>
    </message>
    <message>
        <source>Unanswered PINGs after which the connection is closed.</source>
        <translation>PING sans réponse après lesquels la connexion est fermée.</translation>
    </message>
    <message>
        <source>Wait between connection attempts.</source>
        <translation>Attente entre les tentatives de connexion.</translation>
    </message>
    <message>
        <source>per_call_config: attempts before giving up; persistent: failures between warnings.</source>
        <translation>per_call_config&#xa0;: tentatives avant d’abandonner&#xa0;; persistent&#xa0;: échecs entre deux avertissements.</translation>
    </message>
</context>
<context>
    <name>wscm::ProblemList</name>
    <message>
        <source>Go to field</source>
        <translation>Aller au champ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Go to field %1</source>
        <translation>Aller au champ %1</translation>
    </message>
    <message>
        <source>Show and focus %1 in the Settings tab</source>
        <translation>Afficher %1 dans l’onglet Paramètres et y placer le focus</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, listed in the Raw tab</source>
        <translation>
            <numerusform>… et %n autre, listé dans l’onglet Brut</numerusform>
            <numerusform>… et %n autres, listés dans l’onglet Brut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::RawEditor</name>
    <message>
        <source>Sho&amp;w secrets</source>
        <translation>Afficher &amp;les secrets</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <source>Insert &amp;Tab Character</source>
        <translation>Insérer un caractère de &amp;tabulation</translation>
    </message>
    <message>
        <source>Show the passwords in the text; while hidden, their lines cannot be edited here</source>
        <translation>Afficher les mots de passe dans le texte&#xa0;; tant qu’ils sont masqués, leurs lignes ne peuvent pas être modifiées ici</translation>
    </message>
    <message>
        <source>Apply the text to the document (Ctrl+Return)</source>
        <translation>Appliquer le texte au document (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Throw away the text edits made here</source>
        <translation>Abandonner les modifications de texte faites ici</translation>
    </message>
    <message>
        <source>Raw file text</source>
        <translation>Texte brut du fichier</translation>
    </message>
    <message>
        <source>Tab moves to the next control; %1 types a tab character.</source>
        <translation>Tab passe au contrôle suivant&#xa0;; %1 insère un caractère de tabulation.</translation>
    </message>
    <message>
        <source>Findings in the file</source>
        <translation>Constats dans le fichier</translation>
    </message>
    <message>
        <source>This file is not plain UTF-8 text (or holds a carriage return or separator a text editor would turn into a line break); it is shown read-only so that saving keeps its bytes.</source>
        <translation>Ce fichier n’est pas du texte UTF-8 simple (ou contient un retour chariot ou un séparateur qu’un éditeur de texte changerait en saut de ligne)&#xa0;; il est affiché en lecture seule pour que l’enregistrement conserve ses octets.</translation>
    </message>
    <message>
        <source>The file with its secrets hidden, read-only: check “Show secrets” to edit it here.</source>
        <translation>Le fichier avec ses secrets masqués, en lecture seule&#xa0;: cochez «&#xa0;Afficher les secrets&#xa0;» pour le modifier ici.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved.</source>
        <translation>Le fichier exactement tel qu’il sera enregistré.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved, secrets hidden.</source>
        <translation>Le fichier exactement tel qu’il sera enregistré, secrets masqués.</translation>
    </message>
    <message>
        <source>Line %1 holds a hidden secret that was changed or copied; check “Show secrets” before editing such lines.</source>
        <translation>La ligne %1 contient un secret masqué qui a été modifié ou copié&#xa0;; cochez «&#xa0;Afficher les secrets&#xa0;» avant de modifier ces lignes.</translation>
    </message>
    <message>
        <source>This line holds a hidden secret: check “Show secrets” to edit it.</source>
        <translation>Cette ligne contient un secret masqué&#xa0;: cochez «&#xa0;Afficher les secrets&#xa0;» pour la modifier.</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Edit raw text</source>
        <translation>Modifier le texte brut</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadApply</name>
    <message>
        <source>Asterisk on %1 answered: %2</source>
        <translation>Asterisk sur %1 a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The next prediction cannot use this apply: %1</source>
        <translation>La prochaine prédiction ne peut pas utiliser cette application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Confirming through %1.</source>
        <translation>Confirmation via %1.</translation>
    </message>
    <message>
        <source>Not confirming through ARI: %1.</source>
        <translation>Pas de confirmation via ARI&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the log file %1 (logger.conf: %2) does not exist</source>
        <translation>le fichier journal %1 (logger.conf&#xa0;: %2) n’existe pas</translation>
    </message>
    <message>
        <source>the log file %1 cannot be read by this user: run wscm as a user who may read it (root or the asterisk group)</source>
        <translation>le fichier journal %1 est illisible pour cet utilisateur&#xa0;: lancez wscm avec un utilisateur autorisé à le lire (root ou le groupe asterisk)</translation>
    </message>
    <message>
        <source>the size of the log file %1 cannot be read (%2)</source>
        <translation>la taille du fichier journal %1 est illisible (%2)</translation>
    </message>
    <message>
        <source>ARI cannot be asked: %1.</source>
        <translation>Impossible d’interroger ARI&#xa0;: %1.</translation>
    </message>
    <message>
        <source>no ARI (%1), and no log to read (%2)</source>
        <translation>pas d’ARI (%1), et pas de journal à lire (%2)</translation>
    </message>
    <message>
        <source>Reading what Asterisk logged in %1 (logger.conf: %2).</source>
        <translation>Lecture de ce qu’Asterisk a journalisé dans %1 (logger.conf&#xa0;: %2).</translation>
    </message>
    <message>
        <source>no ARI (%1), and the log file %2 cannot be read after the reload (%3)</source>
        <translation>pas d’ARI (%1), et le fichier journal %2 est illisible après le rechargement (%3)</translation>
    </message>
    <message>
        <source>no ARI (%1), and %2</source>
        <translation>pas d’ARI (%1), et %2</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadConfirmation</name>
    <message>
        <source>[%1]: predicted loaded, Asterisk has no such object</source>
        <translation>[%1]&#xa0;: prévu chargé, Asterisk n’a pas cet objet</translation>
    </message>
    <message>
        <source>[%1] %2: Asterisk has another value than predicted (secret: values not shown)</source>
        <translation>[%1] %2&#xa0;: Asterisk a une autre valeur que celle prévue (secret&#xa0;: valeurs non affichées)</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk shows no such field</source>
        <translation>[%1] %2&#xa0;: prévu &apos;%3&apos;, Asterisk n’affiche pas ce champ</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk has &apos;%4&apos;</source>
        <translation>[%1] %2&#xa0;: prévu &apos;%3&apos;, Asterisk a &apos;%4&apos;</translation>
    </message>
    <message>
        <source>[%1]: predicted removed, Asterisk still has it</source>
        <translation>[%1]&#xa0;: prévu supprimé, Asterisk l’a encore</translation>
    </message>
    <message>
        <source>Asterisk loaded %1 client%2 as predicted</source>
        <translation>Asterisk a chargé %1 client%2 comme prévu</translation>
    </message>
    <message>
        <source>; it refused the file (line %1) and kept every old object</source>
        <translation>&#xa0;; il a refusé le fichier (ligne %1) et gardé tous les anciens objets</translation>
    </message>
    <message>
        <source>; kept the old [%1] (line %2)</source>
        <translation>&#xa0;; ancien [%1] gardé (ligne %2)</translation>
    </message>
    <message>
        <source>; [%1] is gone</source>
        <translation>&#xa0;; [%1] a disparu</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadLogCheck</name>
    <message>
        <source>the log shows no reload of res_websocket_client (its line &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; did not appear; Asterisk writes it only at verbose level 3 or more)</source>
        <translation>le journal ne montre aucun rechargement de res_websocket_client (sa ligne &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; n’est pas apparue&#xa0;; Asterisk ne l’écrit qu’au niveau verbose 3 ou plus)</translation>
    </message>
    <message>
        <source>the log shows no line of this reload, and takes no VERBOSE messages where Asterisk names the reload: add verbose to the log file&apos;s levels in logger.conf</source>
        <translation>le journal ne montre aucune ligne de ce rechargement et ne reçoit pas les messages VERBOSE où Asterisk nomme le rechargement&#xa0;: ajoutez verbose aux niveaux du fichier journal dans logger.conf</translation>
    </message>
    <message>
        <source>predicted the file refused (line %1), the log shows no refusal</source>
        <translation>fichier prévu refusé (ligne %1), le journal ne montre aucun refus</translation>
    </message>
    <message>
        <source>predicted the file loaded, the log says Asterisk refused it</source>
        <translation>fichier prévu chargé, le journal dit qu’Asterisk l’a refusé</translation>
    </message>
    <message>
        <source>[%1]: predicted the old object kept, the log does not say it was retained</source>
        <translation>[%1]&#xa0;: ancien objet prévu gardé, le journal ne dit pas qu’il a été conservé</translation>
    </message>
    <message>
        <source>[%1]: the log says its old object was retained, the prediction did not</source>
        <translation>[%1]&#xa0;: le journal dit que l’ancien objet a été conservé, la prédiction non</translation>
    </message>
    <message>
        <source>[%1]: predicted loaded, the log says Asterisk could not create it</source>
        <translation>[%1]&#xa0;: prévu chargé, le journal dit qu’Asterisk n’a pas pu le créer</translation>
    </message>
    <message>
        <source>it refused the file and kept every old object</source>
        <translation>il a refusé le fichier et gardé tous les anciens objets</translation>
    </message>
    <message>
        <source>kept the old %1</source>
        <translation>ancien %1 gardé</translation>
    </message>
    <message>
        <source>did not create %1</source>
        <translation>%1 non créé</translation>
    </message>
    <message>
        <source>it rejected no section</source>
        <translation>il n’a rejeté aucune section</translation>
    </message>
    <message>
        <source>Asterisk&apos;s log agrees with the prediction: %1. The log does not show field values: those are not confirmed (ARI would show them)</source>
        <translation>Le journal d’Asterisk concorde avec la prédiction&#xa0;: %1. Le journal ne montre pas les valeurs des champs&#xa0;: elles ne sont pas confirmées (ARI les montrerait)</translation>
    </message>
    <message>
        <source>also kept an old %1 from a file applied before the last one (wscm remembers only the last)</source>
        <translation>a aussi gardé un ancien %1 d’un fichier appliqué avant le dernier (wscm ne retient que le dernier)</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadPrediction</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays as it is</source>
        <translation>Le websocket sortant ARI %1 reste tel quel</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 reconnects with the new [%2]</source>
        <translation>Le websocket sortant ARI %1 se reconnecte avec le nouveau [%2]</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 takes the new timing of [%2] without reconnecting</source>
        <translation>Le websocket sortant ARI %1 prend les nouveaux délais de [%2] sans se reconnecter</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays on the OLD [%2]</source>
        <translation>Le websocket sortant ARI %1 reste sur l’ANCIEN [%2]</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays connected through [%2], which the reload removes</source>
        <translation>Le websocket sortant ARI %1 reste connecté via [%2], que le rechargement supprime</translation>
    </message>
    <message>
        <source>what ARI&apos;s outbound websocket %1 does is not known: [%2] was not loaded before</source>
        <translation>on ne sait pas ce que fera le websocket sortant ARI %1&#xa0;: [%2] n’était pas chargé avant</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: the file cannot be loaded (%1)</source>
        <translation>Après un rechargement, Asterisk ne changera rien&#xa0;: le fichier ne peut pas être chargé (%1)</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: every client stays as it is</source>
        <translation>Après un rechargement, Asterisk ne changera rien&#xa0;: chaque client reste tel quel</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajoutera %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modifiera %1</translation>
    </message>
    <message>
        <source>keep the OLD [%1], because the new one is invalid (%2)</source>
        <translation>gardera l’ANCIEN [%1], car le nouveau n’est pas valide (%2)</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>supprimera %1</translation>
    </message>
    <message>
        <source>After a reload Asterisk will %1</source>
        <translation>Après un rechargement, Asterisk %1</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadRunner</name>
    <message>
        <source>No file known as loaded: no earlier apply of %1 is recorded here, so this assumes Asterisk has loaded no client yet.</source>
        <translation>Aucun fichier connu comme chargé&#xa0;: aucune application précédente de %1 n’est enregistrée ici, on suppose donc qu’Asterisk n’a encore chargé aucun client.</translation>
    </message>
    <message>
        <source>No file known as loaded: the copy of the last apply cannot be read (%1).</source>
        <translation>Aucun fichier connu comme chargé&#xa0;: la copie de la dernière application est illisible (%1).</translation>
    </message>
    <message>
        <source>Applied as predicted</source>
        <translation>Appliqué comme prévu</translation>
    </message>
    <message>
        <source>Reloaded, not confirmed</source>
        <translation>Rechargé, non confirmé</translation>
    </message>
    <message>
        <source>Asterisk reloaded the file; what it loaded is not confirmed: %1.</source>
        <translation>Asterisk a rechargé le fichier&#xa0;; ce qu’il a chargé n’est pas confirmé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Asterisk contradicts the prediction</source>
        <translation>Asterisk contredit la prédiction</translation>
    </message>
    <message>
        <source>Asterisk reloaded, but CONTRADICTS the prediction:
%1

This is a wscm bug: please report it with the file and these lines.</source>
        <translation>Asterisk a rechargé, mais CONTREDIT la prédiction&#xa0;:
%1

C’est un bogue de wscm&#xa0;: signalez-le avec le fichier et ces lignes.</translation>
    </message>
    <message>
        <source>Saved, not reloaded</source>
        <translation>Enregistré, non rechargé</translation>
    </message>
    <message>
        <source>The file is saved. %1</source>
        <translation>Le fichier est enregistré. %1</translation>
    </message>
    <message>
        <source>Reloaded; the log agrees</source>
        <translation>Rechargé&#xa0;; le journal concorde</translation>
    </message>
</context>
<context>
    <name>wscm::RttChart</name>
    <message>
        <source>Round-trip times of the last PONGs</source>
        <translation>Temps d’aller-retour des derniers PONG</translation>
    </message>
    <message>
        <source>No PONGs yet</source>
        <translation>Pas encore de PONG</translation>
    </message>
    <message numerus="yes">
        <source>%n samples, last %1</source>
        <translation>
            <numerusform>%n mesure, dernière %1</numerusform>
            <numerusform>%n mesures, dernière %1</numerusform>
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
        <translation>%1 a été modifié</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Your edits can be reapplied to their version: only the lines you changed are written, theirs stay as they are.</source>
        <translation>Vos modifications peuvent être réappliquées à sa version&#xa0;: seules les lignes que vous avez changées sont écrites, les autres restent telles quelles.</translation>
    </message>
    <message>
        <source>You both changed the same lines, so your edits cannot be reapplied to their version. Overwrite it with yours, or cancel and reload the file (File › Revert) to make your edits again.</source>
        <translation>Vous avez tous deux changé les mêmes lignes, vos modifications ne peuvent donc pas être réappliquées à sa version. Écrasez-la avec la vôtre, ou annulez et rechargez le fichier (Fichier › Revenir à la version enregistrée) pour refaire vos modifications.</translation>
    </message>
    <message>
        <source>Changes with your edits reapplied</source>
        <translation>Changements avec vos modifications réappliquées</translation>
    </message>
    <message>
        <source>&amp;Merged</source>
        <translation>&amp;Fusionné</translation>
    </message>
    <message>
        <source>Lines changed on both sides</source>
        <translation>Lignes changées des deux côtés</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>Con&amp;flits</translation>
    </message>
    <message>
        <source>Changes if overwritten</source>
        <translation>Changements en cas d’écrasement</translation>
    </message>
    <message>
        <source>&amp;If overwritten</source>
        <translation>&amp;Si écrasé</translation>
    </message>
    <message>
        <source>&amp;Reapply my edits and save</source>
        <translation>&amp;Réappliquer mes modifications et enregistrer</translation>
    </message>
    <message>
        <source>&amp;Overwrite their changes</source>
        <translation>É&amp;craser ses modifications</translation>
    </message>
</context>
<context>
    <name>wscm::SaveDiffDialog</name>
    <message>
        <source>&amp;Don&apos;t show changes before saving again</source>
        <translation>&amp;Ne plus afficher les modifications avant d’enregistrer</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Saving changes these lines of %1 (- removed, + added):</source>
        <translation>L’enregistrement change ces lignes de %1 (- supprimées, + ajoutées)&#xa0;:</translation>
    </message>
    <message>
        <source>Changes to be saved</source>
        <translation>Modifications à enregistrer</translation>
    </message>
    <message>
        <source>Then Asterisk reloads res_websocket_client. wscm predicts:</source>
        <translation>Ensuite Asterisk recharge res_websocket_client. wscm prévoit&#xa0;:</translation>
    </message>
    <message>
        <source>Reload prediction</source>
        <translation>Prédiction du rechargement</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Enregistrer et a&amp;ppliquer</translation>
    </message>
    <message>
        <source>%1 (- removed, + added):</source>
        <translation>%1 (- supprimées, + ajoutées)&#xa0;:</translation>
    </message>
    <message>
        <source>Changes to be saved in %1</source>
        <translation>Modifications à enregistrer dans %1</translation>
    </message>
    <message>
        <source>&amp;Save the File</source>
        <translation>&amp;Enregistrer le fichier</translation>
    </message>
    <message>
        <source>&amp;Save %1 Files</source>
        <translation>&amp;Enregistrer %1 fichiers</translation>
    </message>
    <message>
        <source>&amp;Leave Them As They Are</source>
        <translation>&amp;Les laisser tels quels</translation>
    </message>
</context>
<context>
    <name>wscm::SectionListModel</name>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (modèle)</translation>
    </message>
    <message>
        <source>%1 (not a websocket client)</source>
        <translation>%1 (pas un client WebSocket)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connectée</numerusform>
            <numerusform>%n connectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unstable</source>
        <translation>
            <numerusform>%n instable</numerusform>
            <numerusform>%n instables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n en connexion</numerusform>
            <numerusform>%n en connexion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n en nouvel essai</numerusform>
            <numerusform>%n en nouvel essai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave up</source>
        <translation>
            <numerusform>%n abandonnée</numerusform>
            <numerusform>%n abandonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <translation>
            <numerusform>%n non connectée</numerusform>
            <numerusform>%n non connectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>No websocket client sections</source>
        <translation>Aucune section de client WebSocket</translation>
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
        <translation>%1 n’est pas défini</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>ligne %1 de %2</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Erreur d’Asterisk&#xa0;: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Avertissement de wscm&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1:%2 [%3]: %4</source>
        <translation>%1:%2 [%3]&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>wscm::SectionStatus</name>
    <message numerus="yes">
        <source>%1: dropped %n×</source>
        <translation>
            <numerusform>%1&#xa0;: tombée %n fois</numerusform>
            <numerusform>%1&#xa0;: tombée %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, dropped %n×</source>
        <translation>
            <numerusform>%1&#xa0;: %2, tombée %n fois</numerusform>
            <numerusform>%1&#xa0;: %2, tombée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1&#xa0;: %2 (ligne %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>en connexion</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>HTTP %1 at %2</source>
        <translation>HTTP %1 à %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (trying unsaved changes)</source>
        <translation>%1 (essai des modifications non enregistrées)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>connected for %1</source>
        <translation>connectée depuis %1</translation>
    </message>
    <message>
        <source>, last PONG %1</source>
        <translation>, dernier PONG il y a %1</translation>
    </message>
    <message numerus="yes">
        <source>unstable: dropped %n× in %1</source>
        <translation>
            <numerusform>instable&#xa0;: tombée %n fois en %1</numerusform>
            <numerusform>instable&#xa0;: tombée %n fois en %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, never up longer than %1</source>
        <translation>, jamais active plus de %1</translation>
    </message>
    <message>
        <source>retrying for %1</source>
        <translation>nouveaux essais depuis %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>, failed %n×</source>
        <translation>
            <numerusform>, échec %n fois</numerusform>
            <numerusform>, échec %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid: Asterisk would not load it</source>
        <translation>invalide&#xa0;: Asterisk ne la chargerait pas</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more error(s)</source>
        <translation>
            <numerusform>, et %n autre erreur</numerusform>
            <numerusform>, et %n autres erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source> (trying unsaved changes)</source>
        <translation> (essai des modifications non enregistrées)</translation>
    </message>
</context>
<context>
    <name>wscm::SettingsForm</name>
    <message>
        <source>&amp;Template (never an object itself, only inherited from)</source>
        <translation>Mo&amp;dèle (jamais un objet en soi, seulement hérité)</translation>
    </message>
    <message>
        <source>Findings about this section</source>
        <translation>Constats sur cette section</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Section is a template</source>
        <translation>La section est un modèle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Inherits from templates</source>
        <translation>Hérite des modèles</translation>
    </message>
    <message>
        <source>Templates whose options this section copies first, in order, separated by commas</source>
        <translation>Modèles dont cette section copie d’abord les options, dans l’ordre, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Inherits from:</source>
        <translation>&amp;Hérite de&#xa0;:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Aucune section sélectionnée</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] n’existe plus</translation>
    </message>
    <message>
        <source>This section is defined in %1; open that file to edit it.</source>
        <translation>Cette section est définie dans %1&#xa0;; ouvrez ce fichier pour la modifier.</translation>
    </message>
    <message numerus="yes">
        <source>Asterisk would not load this section: %n error(s)</source>
        <translation>
            <numerusform>Asterisk ne chargerait pas cette section&#xa0;: %n erreur</numerusform>
            <numerusform>Asterisk ne chargerait pas cette section&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear %1 in [%2]</source>
        <translation>Effacer %1 dans [%2]</translation>
    </message>
    <message>
        <source>Set %1 in [%2]</source>
        <translation>Définir %1 dans [%2]</translation>
    </message>
    <message>
        <source>Change inheritance of [%1]</source>
        <translation>Modifier l’héritage de [%1]</translation>
    </message>
</context>
<context>
    <name>wscm::StageWaterfall</name>
    <message>
        <source>Stage timings of the last attempt</source>
        <translation>Durées des étapes de la dernière tentative</translation>
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
        <translation>résolution de l’hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>upgrade %1</source>
        <translation>upgrade %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
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
        <translation>Connexion [%1] tombée</translation>
    </message>
</context>
<context>
    <name>wscm::UsedByList</name>
    <message>
        <source>Used by:</source>
        <translation>Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>ARI outbound websocket %1 (already INVALID)</source>
        <translation>Websocket sortant ARI %1 (déjà INVALID)</translation>
    </message>
    <message>
        <source>ARI outbound websocket %1 (apps: %2)</source>
        <translation>Websocket sortant ARI %1 (applications&#xa0;: %2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1” (%2)</source>
        <translation>Websocket sortant ARI «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1”, apps %2 (%3)</source>
        <translation>Websocket sortant ARI «&#xa0;%1&#xa0;», applications %2 (%3)</translation>
    </message>
    <message>
        <source>Open %1 at line %2: ARI outbound websocket %3</source>
        <translation>Ouvrir %1 à la ligne %2&#xa0;: websocket sortant ARI %3</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>Open %1 at line %2: dial string %3 in context %4</source>
        <translation>Ouvrir %1 à la ligne %2&#xa0;: chaîne de numérotation %3 dans le contexte %4</translation>
    </message>
    <message>
        <source>Open %1 at line %2 (read-only)</source>
        <translation>Ouvrir %1 à la ligne %2 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing in ari.conf or extensions.conf uses this client. ARI externalMedia may still name it at run time.</source>
        <translation>Rien dans ari.conf ou extensions.conf n’utilise ce client. ARI externalMedia peut encore le nommer à l’exécution.</translation>
    </message>
    <message>
        <source>No ari.conf or extensions.conf beside this file: what uses this client is not known here (ARI externalMedia may still name it at run time).</source>
        <translation>Pas de ari.conf ni d’extensions.conf à côté de ce fichier&#xa0;: ce qui utilise ce client n’est pas connu ici (ARI externalMedia peut encore le nommer à l’exécution).</translation>
    </message>
    <message>
        <source>1 dial string in %1</source>
        <translation>1 chaîne de numérotation dans %1</translation>
    </message>
    <message>
        <source>%1 dial strings in %2</source>
        <translation>%1 chaînes de numérotation dans %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>wscm::UserPrompts</name>
    <message>
        <source>Asterisk config files (*.conf);;All files (*)</source>
        <translation>Fichiers de configuration Asterisk (*.conf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message>
        <source>Text not applied</source>
        <translation>Texte non appliqué</translation>
    </message>
    <message>
        <source>The text edited in the Raw tab is not applied to the document yet. Apply it, discard it, or stay in the Raw tab?</source>
        <translation>Le texte modifié dans l’onglet Brut n’est pas encore appliqué au document. L’appliquer, l’abandonner, ou rester dans l’onglet Brut&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep editing your version?</source>
        <translation>%1 a été modifié par un autre programme. Le recharger et perdre vos modifications non enregistrées, ou continuer à modifier votre version&#xa0;?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 a été modifié par un autre programme. Le recharger&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Save to another file?</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2

Enregistrer dans un autre fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>Open remote file</source>
        <translation>Ouvrir un fichier distant</translation>
    </message>
    <message>
        <source>A config file on a host you reach with SSH, as
ssh://[user@]host[:port]/etc/asterisk/websocket_client.conf

Your ssh config, keys, agent and known_hosts are used; wscm never asks for a password.</source>
        <translation>Un fichier de configuration sur un hôte joint par SSH, sous la forme
ssh://[utilisateur@]hôte[:port]/etc/asterisk/websocket_client.conf

Votre configuration ssh, vos clés, votre agent et known_hosts sont utilisés&#xa0;; wscm ne demande jamais de mot de passe.</translation>
    </message>
    <message>
        <source>Rename references to [%1]</source>
        <translation>Renommer les références à [%1]</translation>
    </message>
    <message>
        <source>These files name [%1]. Rename it to [%2] there too? They are saved now, each whole or not at all; websocket_client.conf keeps [%2] when you save it, and Asterisk needs all of them to agree before it reloads.</source>
        <translation>Ces fichiers nomment [%1]. Le renommer aussi en [%2] là-bas&#xa0;? Ils sont enregistrés maintenant, chacun entièrement ou pas du tout&#xa0;; websocket_client.conf garde [%2] quand vous l’enregistrez, et Asterisk a besoin qu’ils concordent tous avant de recharger.</translation>
    </message>
</context>
</TS>
