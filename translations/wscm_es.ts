<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>wscm::AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>wscm::AriDiscovery</name>
    <message>
        <source>give --ari, --ari-user and --ari-password-file to confirm through ARI</source>
        <translation>indique --ari, --ari-user y --ari-password-file para confirmar a través de ARI</translation>
    </message>
    <message>
        <source>no http.conf beside the file: Asterisk&apos;s HTTP server, and so ARI, is off without one</source>
        <translation>no hay http.conf junto al archivo: sin él, el servidor HTTP de Asterisk, y con él ARI, está apagado</translation>
    </message>
    <message>
        <source>http.conf cannot be read (%1)</source>
        <translation>no se puede leer http.conf (%1)</translation>
    </message>
    <message>
        <source>http.conf does not say [general] enabled = yes: Asterisk&apos;s HTTP server, and so ARI, is off</source>
        <translation>http.conf no dice [general] enabled = yes: el servidor HTTP de Asterisk, y con él ARI, está apagado</translation>
    </message>
    <message>
        <source>http.conf has no bindaddr: Asterisk&apos;s HTTP server listens nowhere without one</source>
        <translation>http.conf no tiene bindaddr: sin él, el servidor HTTP de Asterisk no escucha en ningún sitio</translation>
    </message>
    <message>
        <source>ARI listens on %1 of %2 only (http.conf bindaddr), which cannot be reached from here, and wscm opens no tunnel: forward it yourself (ssh -L %3:%1:%3 %2) and %4</source>
        <translation>ARI solo escucha en %1 de %2 (bindaddr de http.conf), que no es accesible desde aquí, y wscm no abre túneles: redirija el puerto usted mismo (ssh -L %3:%1:%3 %2) y %4</translation>
    </message>
    <message>
        <source>no ari.conf beside the file: ARI has no users without one</source>
        <translation>no hay ari.conf junto al archivo: sin él, ARI no tiene usuarios</translation>
    </message>
    <message>
        <source>ari.conf cannot be read (%1)</source>
        <translation>no se puede leer ari.conf (%1)</translation>
    </message>
    <message>
        <source>ari.conf says [general] enabled = no: ARI answers nothing</source>
        <translation>ari.conf dice [general] enabled = no: ARI no responde nada</translation>
    </message>
    <message>
        <source>ari.conf&apos;s users all have crypt passwords, which wscm cannot send: %1</source>
        <translation>todos los usuarios de ari.conf tienen contraseñas crypt, que wscm no puede enviar: %1</translation>
    </message>
    <message>
        <source>ari.conf has no user with a password: %1</source>
        <translation>ari.conf no tiene ningún usuario con contraseña: %1</translation>
    </message>
    <message>
        <source>ARI at %1 as user &apos;%2&apos; (http.conf and ari.conf beside the file; the first ari.conf user with a plain password)</source>
        <translation>ARI en %1 como usuario &apos;%2&apos; (http.conf y ari.conf junto al archivo; el primer usuario de ari.conf con contraseña en texto plano)</translation>
    </message>
</context>
<context>
    <name>wscm::AriObjectReader</name>
    <message>
        <source>ARI at %1 refused the user and password (HTTP %2): check the user in ari.conf and the password file</source>
        <translation>ARI en %1 rechazó el usuario y la contraseña (HTTP %2): revise el usuario en ari.conf y el archivo de contraseña</translation>
    </message>
    <message>
        <source>ARI is not enabled at %1 (HTTP 404): enable it in ari.conf ([general] enabled = yes) and load res_ari</source>
        <translation>ARI no está habilitado en %1 (HTTP 404): habilítelo en ari.conf ([general] enabled = yes) y cargue res_ari</translation>
    </message>
    <message>
        <source>ARI at %1 cannot be asked (%2): check the address, and that Asterisk&apos;s HTTP server is enabled in http.conf</source>
        <translation>No se puede consultar ARI en %1 (%2): revise la dirección y que el servidor HTTP de Asterisk esté habilitado en http.conf</translation>
    </message>
    <message>
        <source>ARI at %1 did not answer for [%2] (%3)</source>
        <translation>ARI en %1 no respondió para [%2] (%3)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskLogFile</name>
    <message>
        <source>no logger.conf beside the file: Asterisk then logs to its console only</source>
        <translation>no hay logger.conf junto al archivo: entonces Asterisk solo registra en su consola</translation>
    </message>
    <message>
        <source>logger.conf cannot be read (%1)</source>
        <translation>no se puede leer logger.conf (%1)</translation>
    </message>
    <message>
        <source>logger.conf says appendhostname = yes: wscm does not know the host name Asterisk appends to its log files</source>
        <translation>logger.conf dice appendhostname = yes: wscm no conoce el nombre de host que Asterisk añade a sus archivos de log</translation>
    </message>
    <message>
        <source>logger.conf names no log file that takes both ERROR and NOTICE messages (e.g. full =&gt; notice,warning,error,verbose)</source>
        <translation>logger.conf no nombra ningún archivo de log que reciba mensajes ERROR y NOTICE (p. ej. full =&gt; notice,warning,error,verbose)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskReload</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>nothing was reloaded: %1</source>
        <translation>no se recargó nada: %1</translation>
    </message>
    <message>
        <source>nothing was reloaded: cannot run sh on this computer: %1</source>
        <translation>no se recargó nada: no se puede ejecutar sh en este equipo: %1</translation>
    </message>
    <message>
        <source>Asterisk is not installed on %1 (no `asterisk` command on its PATH, /usr/sbin or /usr/local/sbin); nothing was reloaded. Install Asterisk there, or put its `asterisk` on the PATH.</source>
        <translation>Asterisk no está instalado en %1 (no hay comando `asterisk` en su PATH, /usr/sbin ni /usr/local/sbin); no se recargó nada. Instale Asterisk allí o ponga su `asterisk` en el PATH.</translation>
    </message>
    <message>
        <source>Asterisk on %1 is not running, or its control socket cannot be read by this user (%2); nothing was reloaded. Start Asterisk, or run wscm as a user allowed to use asterisk -r (root or the asterisk group).</source>
        <translation>Asterisk en %1 no está en ejecución, o este usuario no puede leer su socket de control (%2); no se recargó nada. Inicie Asterisk o ejecute wscm como un usuario que pueda usar asterisk -r (root o el grupo asterisk).</translation>
    </message>
    <message>
        <source>Asterisk on %1 did not reload res_websocket_client; it answered: %2</source>
        <translation>Asterisk en %1 no recargó res_websocket_client; respondió: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
</context>
<context>
    <name>wscm::ConfigSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation>el documento aún no tiene nombre de archivo</translation>
    </message>
    <message>
        <source>The file was removed: there is nothing to reapply your edits to.</source>
        <translation>El archivo fue eliminado: no hay nada sobre lo que volver a aplicar sus cambios.</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ línea %1 @@</translation>
    </message>
    <message>
        <source>&lt;&lt;&lt;&lt;&lt;&lt;&lt; the file now</source>
        <translation>&lt;&lt;&lt;&lt;&lt;&lt;&lt; el archivo ahora</translation>
    </message>
    <message>
        <source>&gt;&gt;&gt;&gt;&gt;&gt;&gt; your edits</source>
        <translation>&gt;&gt;&gt;&gt;&gt;&gt;&gt; sus cambios</translation>
    </message>
    <message>
        <source>Reapply edits</source>
        <translation>Volver a aplicar cambios</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was read; it was not written</source>
        <translation>%1 cambió desde que se leyó; no se escribió</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManager</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManagerThread</name>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
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
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Show &amp;PONGs</source>
        <translation>&amp;Mostrar PONGs</translation>
    </message>
    <message>
        <source>Filter events (section, event or detail)</source>
        <translation>Filtrar eventos (sección, evento o detalle)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Every answered PING, several a second for each connection</source>
        <translation>Cada PING respondido, varios por segundo en cada conexión</translation>
    </message>
    <message>
        <source>Connection events</source>
        <translation>Eventos de conexión</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;iar</translation>
    </message>
</context>
<context>
    <name>wscm::EventLogModel</name>
    <message>
        <source>round trip %1</source>
        <translation>ida y vuelta %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>wscm::ExportDialog</name>
    <message>
        <source>&amp;Redact secrets (password, proxy_password, passwords in URIs)</source>
        <translation>&amp;Ocultar secretos (password, proxy_password, contraseñas en URIs)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportar a archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Elegir el archivo de exportación</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>wscm::FailureHint</name>
    <message>
        <source>The host name in uri could not be resolved: check the host in uri and the DNS settings.</source>
        <translation>No se pudo resolver el nombre de host en uri: revise el host en uri y la configuración de DNS.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved: check proxy_host and the DNS settings.</source>
        <translation>No se pudo resolver el nombre de host del proxy: revise proxy_host y la configuración de DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address: check the host and port in uri and that the server is running.</source>
        <translation>Nada acepta conexiones en esa dirección: revise el host y el puerto en uri y que el servidor esté en ejecución.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at the proxy&apos;s address: check proxy_host and that the proxy is running.</source>
        <translation>Nada acepta conexiones en la dirección del proxy: revise proxy_host y que el proxy esté en ejecución.</translation>
    </message>
    <message>
        <source>There is no route to that address: check the host in uri (or proxy_host), the network and firewalls.</source>
        <translation>No hay ruta a esa dirección: revise el host en uri (o proxy_host), la red y los firewalls.</translation>
    </message>
    <message>
        <source>No answer within connection_timeout: check the address in uri and firewalls, or raise connection_timeout.</source>
        <translation>Sin respuesta dentro de connection_timeout: revise la dirección en uri y los firewalls, o aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The proxy did not accept the connection within connection_timeout: check proxy_host and firewalls, or raise connection_timeout.</source>
        <translation>El proxy no aceptó la conexión dentro de connection_timeout: revise proxy_host y los firewalls, o aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The proxy answered 407: check proxy_username and proxy_password.</source>
        <translation>El proxy respondió 407: revise proxy_username y proxy_password.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check that the proxy in proxy_host allows CONNECT to the host and port in uri.</source>
        <translation>El proxy rechazó el túnel (HTTP %1): revise que el proxy de proxy_host permita CONNECT al host y puerto de uri.</translation>
    </message>
    <message>
        <source>The proxy could not find the server (HTTP 404): check the host in uri, as the proxy resolves it.</source>
        <translation>El proxy no encontró el servidor (HTTP 404): revise el host en uri, tal como lo resuelve el proxy.</translation>
    </message>
    <message>
        <source>The proxy could not connect to the server (HTTP 503): check the host and port in uri and that the server is running.</source>
        <translation>El proxy no pudo conectar con el servidor (HTTP 503): revise el host y el puerto en uri y que el servidor esté en ejecución.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check proxy_host and that the proxy allows CONNECT to this host and port.</source>
        <translation>El proxy rechazó el túnel (HTTP %1): revise proxy_host y que el proxy permita CONNECT a este host y puerto.</translation>
    </message>
    <message>
        <source>The proxy did not open a tunnel: check proxy_host and that it is an HTTP proxy that allows CONNECT.</source>
        <translation>El proxy no abrió un túnel: revise proxy_host y que sea un proxy HTTP que permita CONNECT.</translation>
    </message>
    <message>
        <source>The proxy closed the connection without answering: check proxy_host and that it is an HTTP proxy.</source>
        <translation>El proxy cerró la conexión sin responder: revise proxy_host y que sea un proxy HTTP.</translation>
    </message>
    <message>
        <source>The proxy did not answer the CONNECT in time: check the proxy, or raise connection_timeout.</source>
        <translation>El proxy no respondió al CONNECT a tiempo: revise el proxy o aumente connection_timeout.</translation>
    </message>
    <message>
        <source>A TLS file cannot be used: check ca_list_file, ca_list_path, cert_file and priv_key_file (paths, permissions, PEM format).</source>
        <translation>No se puede usar un archivo TLS: revise ca_list_file, ca_list_path, cert_file y priv_key_file (rutas, permisos, formato PEM).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: put the CA that signed it in ca_list_file or ca_list_path (or turn off verify_server_cert).</source>
        <translation>El certificado del servidor no es de confianza: ponga la CA que lo firmó en ca_list_file o ca_list_path (o desactive verify_server_cert).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name: check the host in uri against the certificate (or turn off verify_server_hostname).</source>
        <translation>El certificado del servidor es para otro nombre: compare el host en uri con el certificado (o desactive verify_server_hostname).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired: the server needs a new one.</source>
        <translation>El certificado del servidor caducó: el servidor necesita uno nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet: check the clocks of this machine and of the server.</source>
        <translation>El certificado del servidor aún no es válido: revise los relojes de este equipo y del servidor.</translation>
    </message>
    <message>
        <source>The server refused the client certificate: check cert_file and priv_key_file, and that the server trusts their CA.</source>
        <translation>El servidor rechazó el certificado de cliente: revise cert_file y priv_key_file, y que el servidor confíe en su CA.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that the server speaks TLS on this port (tls_enabled) and the TLS versions it accepts.</source>
        <translation>Falló el handshake TLS: revise que el servidor hable TLS en este puerto (tls_enabled) y las versiones de TLS que acepta.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time: check that the server speaks TLS on this port, or raise connection_timeout.</source>
        <translation>El handshake TLS no terminó a tiempo: revise que el servidor hable TLS en este puerto, o aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The server answered 401: check username and password.</source>
        <translation>El servidor respondió 401: revise username y password.</translation>
    </message>
    <message>
        <source>The server answered 403: it refuses this client; check username, password and what the server allows.</source>
        <translation>El servidor respondió 403: rechaza a este cliente; revise username, password y lo que el servidor permite.</translation>
    </message>
    <message>
        <source>The server answered 404: check the path in uri.</source>
        <translation>El servidor respondió 404: revise la ruta en uri.</translation>
    </message>
    <message>
        <source>The server answered 400 Bad Request: check the path and query in uri and the protocols offered.</source>
        <translation>El servidor respondió 400 Bad Request: revise la ruta y la consulta en uri y los protocols ofrecidos.</translation>
    </message>
    <message>
        <source>The server answered %1 instead of switching to WebSocket: check uri and that it is a WebSocket endpoint.</source>
        <translation>El servidor respondió %1 en lugar de cambiar a WebSocket: revise uri y que sea un endpoint WebSocket.</translation>
    </message>
    <message>
        <source>The server did not pick one of the offered subprotocols: check protocols.</source>
        <translation>El servidor no eligió ninguno de los subprotocolos ofrecidos: revise protocols.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a WebSocket upgrade: check uri and that the server speaks WebSocket on this port.</source>
        <translation>La respuesta del servidor no es un upgrade a WebSocket: revise uri y que el servidor hable WebSocket en este puerto.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the upgrade: check uri, tls_enabled and the server&apos;s logs.</source>
        <translation>El servidor cerró la conexión sin responder al upgrade: revise uri, tls_enabled y los logs del servidor.</translation>
    </message>
    <message>
        <source>The server did not answer the upgrade in time: check uri and that the server speaks WebSocket on this port, or raise connection_timeout.</source>
        <translation>El servidor no respondió al upgrade a tiempo: revise uri y que el servidor hable WebSocket en este puerto, o aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The server stopped answering PINGs: check the network path, or raise pingpong_interval or pingpong_probes.</source>
        <translation>El servidor dejó de responder a los PINGs: revise la ruta de red, o aumente pingpong_interval o pingpong_probes.</translation>
    </message>
    <message>
        <source>TCP keepalive probes went unanswered: the peer or the path to it is gone.</source>
        <translation>Las sondas TCP keepalive quedaron sin respuesta: el otro extremo o la ruta hacia él ya no existe.</translation>
    </message>
    <message>
        <source>The server closed the connection: check the server&apos;s logs.</source>
        <translation>El servidor cerró la conexión: revise los logs del servidor.</translation>
    </message>
    <message>
        <source>The server sent a frame or message over 1 MiB: check what the server sends.</source>
        <translation>El servidor envió una trama o un mensaje de más de 1 MiB: revise lo que envía el servidor.</translation>
    </message>
    <message>
        <source>The connection broke: check the network path to the server (or proxy).</source>
        <translation>La conexión se cortó: revise la ruta de red hacia el servidor (o el proxy).</translation>
    </message>
    <message>
        <source>Check uri, the proxy and TLS options, and the event log for details.</source>
        <translation>Revise uri, las opciones de proxy y TLS, y el registro de eventos para más detalles.</translation>
    </message>
</context>
<context>
    <name>wscm::HealthView</name>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Section shown</source>
        <translation>Sección mostrada</translation>
    </message>
    <message>
        <source>Connect this section</source>
        <translation>Conectar esta sección</translation>
    </message>
    <message>
        <source>Disconnect this section</source>
        <translation>Desconectar esta sección</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>What Asterisk says is wrong</source>
        <translation>Lo que Asterisk considera incorrecto</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Qué revisar:</translation>
    </message>
    <message>
        <source>Last attempt, stage by stage</source>
        <translation>Último intento, etapa por etapa</translation>
    </message>
    <message>
        <source>Round-trip time of the last PONGs</source>
        <translation>Tiempo de ida y vuelta de los últimos PONGs</translation>
    </message>
    <message>
        <source>Measured from:</source>
        <translation>Medido desde:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>Unanswered PINGs:</source>
        <translation>PINGs sin respuesta:</translation>
    </message>
    <message>
        <source>Last round trip:</source>
        <translation>Último ida y vuelta:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Ninguna sección seleccionada</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] ya no existe</translation>
    </message>
    <message>
        <source>[%1] — websocket client</source>
        <translation>[%1] — cliente WebSocket</translation>
    </message>
    <message>
        <source>[%1] — template</source>
        <translation>[%1] — plantilla</translation>
    </message>
    <message>
        <source>[%1] — not a websocket client</source>
        <translation>[%1] — no es un cliente WebSocket</translation>
    </message>
    <message>
        <source>[%1] is not a websocket client: nothing to connect</source>
        <translation>[%1] no es un cliente WebSocket: nada que conectar</translation>
    </message>
    <message>
        <source>%1 — Asterisk would not load this section</source>
        <translation>%1 — Asterisk no cargaría esta sección</translation>
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
        <translation>%1 intentos, %2 reconexiones, %3 fallos seguidos</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 sin definir</translation>
    </message>
    <message>
        <source>none: Asterisk would not load this section (as written: %1)</source>
        <translation>ninguno: Asterisk no cargaría esta sección (tal como está escrito: %1)</translation>
    </message>
    <message>
        <source>%1 of %2 allowed (a PING every %3 s)</source>
        <translation>%1 de %2 permitidos (un PING cada %3 s)</translation>
    </message>
    <message>
        <source>PING/PONG is off (enable_pingpongs)</source>
        <translation>PING/PONG está desactivado (enable_pingpongs)</translation>
    </message>
    <message>
        <source>none (no TLS)</source>
        <translation>ninguno (sin TLS)</translation>
    </message>
    <message>
        <source>%1
issued by %2
expires %3</source>
        <translation>%1
emitido por %2
caduca %3</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>El certificado caducó.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s).</source>
        <translation>
            <numerusform>El certificado caduca en %n día.</numerusform>
            <numerusform>El certificado caduca en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the lines named above in the Raw tab as Asterisk&apos;s error says, then save.</source>
        <translation>Corrija las líneas indicadas arriba en la pestaña Texto como dice el error de Asterisk y guarde.</translation>
    </message>
    <message>
        <source>Correct %1 as Asterisk&apos;s error says (Go to field), then save.</source>
        <translation>Corrija %1 como dice el error de Asterisk (Ir al campo) y guarde.</translation>
    </message>
    <message>
        <source>%1 Until then Asterisk leaves this section out.</source>
        <translation>%1 Hasta entonces Asterisk omite esta sección.</translation>
    </message>
    <message>
        <source>%1 stage: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (en %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Takes down:</source>
        <translation>Deja sin servicio:</translation>
    </message>
    <message>
        <source>nothing in ari.conf or extensions.conf (ARI externalMedia may still use it)</source>
        <translation>nada en ari.conf ni en extensions.conf (ARI externalMedia aún puede usarlo)</translation>
    </message>
    <message>
        <source>Correct the lines named in %1 as Asterisk&apos;s error says, with an editor of those files.</source>
        <translation>Corrija las líneas indicadas en %1 como dice el error de Asterisk, con un editor de esos archivos.</translation>
    </message>
</context>
<context>
    <name>wscm::HeartbeatLegend</name>
    <message>
        <source>PONG answered</source>
        <translation>PONG respondido</translation>
    </message>
    <message>
        <source>PING missed</source>
        <translation>PING perdido</translation>
    </message>
    <message>
        <source>no PING yet</source>
        <translation>aún sin PING</translation>
    </message>
    <message>
        <source>Heartbeat: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</source>
        <translation>Latido: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</translation>
    </message>
    <message>
        <source>Heartbeat legend</source>
        <translation>Leyenda del latido</translation>
    </message>
    <message>
        <source>In each row&apos;s heartbeat strip, one bar per PING, newest on the right: green, %1; red, %2; grey, %3.</source>
        <translation>En la franja de latido de cada fila, una barra por PING, la más reciente a la derecha: verde, %1; rojo, %2; gris, %3.</translation>
    </message>
</context>
<context>
    <name>wscm::MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open Re&amp;mote…</source>
        <translation>Abrir re&amp;moto…</translation>
    </message>
    <message>
        <source>Open a config file on a PBX reached with SSH</source>
        <translation>Abrir un archivo de configuración en una PBX accesible por SSH</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>&amp;Añadir sección…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Section…</source>
        <translation>D&amp;uplicar sección…</translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation>Cambiar &amp;nombre de sección…</translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation>&amp;Eliminar sección</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Connect &amp;All</source>
        <translation>Conectar &amp;todas</translation>
    </message>
    <message>
        <source>Disconnect A&amp;ll</source>
        <translation>Desconectar tod&amp;as</translation>
    </message>
    <message>
        <source>Try &amp;Unsaved Changes</source>
        <translation>Probar cambios sin &amp;guardar</translation>
    </message>
    <message>
        <source>Connections run the saved file; checked, they run your unsaved edits, restarted once typing pauses</source>
        <translation>Las conexiones usan el archivo guardado; si se marca, usan sus cambios sin guardar y se reinician cuando deja de escribir</translation>
    </message>
    <message>
        <source>Show &amp;Changes Before Saving</source>
        <translation>Mostrar &amp;cambios antes de guardar</translation>
    </message>
    <message>
        <source>&amp;Notify When a Connection Drops (Tray Icon)</source>
        <translation>&amp;Avisar cuando se caiga una conexión (icono en la bandeja)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language shows when wscm starts next.</source>
        <translation>El nuevo idioma se verá la próxima vez que se inicie wscm.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>About wscm</source>
        <translation>Acerca de wscm</translation>
    </message>
    <message>
        <source>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Edit, check and watch the connections of Asterisk&apos;s websocket_client.conf.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Edite, revise y vigile las conexiones de websocket_client.conf de Asterisk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>Cone&amp;xiones</translation>
    </message>
    <message>
        <source>Te&amp;mplates and other sections</source>
        <translation>&amp;Plantillas y otras secciones</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>Hea&amp;lth</source>
        <translation>Estad&amp;o</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Section views</source>
        <translation>Vistas de la sección</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Resumen de conexiones</translation>
    </message>
    <message>
        <source>%1[*] — WebSocket Client Manager</source>
        <translation>%1[*] — WebSocket Client Manager</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source> — Asterisk would reject the whole file</source>
        <translation> — Asterisk rechazaría el archivo completo</translation>
    </message>
    <message numerus="yes">
        <source> — %n trying unsaved changes</source>
        <translation>
            <numerusform> — %n probando cambios sin guardar</numerusform>
            <numerusform> — %n probando cambios sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source> — measured from %1</source>
        <translation> — medido desde %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Save As — on this computer</source>
        <translation>Guardar como — en este equipo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Throw away every change since %1 was last saved?</source>
        <translation>¿Descartar todos los cambios desde la última vez que se guardó %1?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>No se puede revertir</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>No se puede recargar</translation>
    </message>
    <message>
        <source>Add section [%1]</source>
        <translation>Añadir sección [%1]</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Duplicar sección</translation>
    </message>
    <message>
        <source>Name of the copy of [%1]:</source>
        <translation>Nombre de la copia de [%1]:</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copia</translation>
    </message>
    <message>
        <source>Duplicate [%1] as [%2]</source>
        <translation>Duplicar [%1] como [%2]</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Cambiar nombre de sección</translation>
    </message>
    <message>
        <source>New name for [%1]:</source>
        <translation>Nuevo nombre para [%1]:</translation>
    </message>
    <message>
        <source>Rename [%1] to [%2]</source>
        <translation>Cambiar nombre de [%1] a [%2]</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Eliminar sección</translation>
    </message>
    <message>
        <source>Delete [%1] and all its lines? (Undo brings it back.)</source>
        <translation>¿Eliminar [%1] y todas sus líneas? (Deshacer la recupera.)</translation>
    </message>
    <message>
        <source>Delete [%1]</source>
        <translation>Eliminar [%1]</translation>
    </message>
    <message>
        <source>Probing from %1 (%2 there)</source>
        <translation>Midiendo desde %1 (%2 allí)</translation>
    </message>
    <message>
        <source>Cannot probe from %1</source>
        <translation>No se puede medir desde %1</translation>
    </message>
    <message>
        <source>Probe from this computer?</source>
        <translation>¿Medir desde este equipo?</translation>
    </message>
    <message>
        <source>%1

Probe from this computer instead? Its network path (proxy, firewall, DNS, certificate store) may not be the PBX&apos;s; the health is then labelled &quot;measured from this computer&quot;.</source>
        <translation>%1

¿Medir desde este equipo en su lugar? Su ruta de red (proxy, firewall, DNS, almacén de certificados) puede no ser la de la PBX; el estado se rotula entonces «medido desde este equipo».</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Guardar y a&amp;plicar</translation>
    </message>
    <message>
        <source>Save, then reload res_websocket_client in Asterisk where the file is, and confirm what it loaded</source>
        <translation>Guardar, recargar res_websocket_client en el Asterisk donde está el archivo y confirmar lo que cargó</translation>
    </message>
    <message>
        <source>Connect with Dial &amp;String…</source>
        <translation>Conectar con dial &amp;string…</translation>
    </message>
    <message>
        <source>Save and Apply</source>
        <translation>Guardar y aplicar</translation>
    </message>
    <message>
        <source>Save the file where Asterisk reads it first (File &gt; Save As), then apply it.</source>
        <translation>Guarde primero el archivo donde Asterisk lo lee (Archivo &gt; Guardar como) y luego aplíquelo.</translation>
    </message>
    <message>
        <source>Apply despite errors</source>
        <translation>Aplicar pese a los errores</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s). Asterisk keeps the old version of an invalid section, or refuses the whole file. Save and reload anyway?</source>
        <translation>
            <numerusform>%1 tiene %n error. Asterisk conserva la versión anterior de una sección no válida, o rechaza el archivo completo. ¿Guardar y recargar de todos modos?</numerusform>
            <numerusform>%1 tiene %n errores. Asterisk conserva la versión anterior de una sección no válida, o rechaza el archivo completo. ¿Guardar y recargar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Reloading Asterisk on %1…</source>
        <translation>Recargando Asterisk en %1…</translation>
    </message>
    <message>
        <source>Cannot rename the references to [%1]</source>
        <translation>No se pueden renombrar las referencias a [%1]</translation>
    </message>
    <message>
        <source>%1

Reload the file to read them again; nothing was written.</source>
        <translation>%1

Recargue el archivo para volver a leerlas; no se escribió nada.</translation>
    </message>
    <message>
        <source>Not every reference to [%1] was renamed</source>
        <translation>No se renombraron todas las referencias a [%1]</translation>
    </message>
    <message>
        <source>%1

A file that was not written holds what it held before.</source>
        <translation>%1

Un archivo que no se escribió conserva lo que tenía antes.</translation>
    </message>
    <message>
        <source>Renamed [%1] to [%2] in %3; save to rename it in %4 too</source>
        <translation>[%1] renombrado a [%2] en %3; guarde para renombrarlo también en %4</translation>
    </message>
    <message>
        <source>Connect with Dial String</source>
        <translation>Conectar con dial string</translation>
    </message>
    <message>
        <source>Dial string, as Dial() is given it (WebSocket/&lt;id&gt;[/options]):</source>
        <translation>Dial string, tal como se pasa a Dial() (WebSocket/&lt;id&gt;[/opciones]):</translation>
    </message>
    <message>
        <source>The probe on the PBX runs the saved sections; run `wscm probe --dial` there, or probe from this computer.</source>
        <translation>La medición en la PBX usa las secciones guardadas; ejecute `wscm probe --dial` allí, o mida desde este equipo.</translation>
    </message>
    <message>
        <source>Asterisk would fail this call</source>
        <translation>Asterisk haría fallar esta llamada</translation>
    </message>
    <message>
        <source>[%1] connects to %2 as this call would</source>
        <translation>[%1] conecta a %2 como lo haría esta llamada</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Más comandos</translation>
    </message>
    <message>
        <source> — 1 finding in ari.conf or extensions.conf about no client</source>
        <translation> — 1 hallazgo en ari.conf o extensions.conf sobre ningún cliente</translation>
    </message>
    <message>
        <source> — %1 findings in ari.conf or extensions.conf about no client</source>
        <translation> — %1 hallazgos en ari.conf o extensions.conf sobre ningún cliente</translation>
    </message>
</context>
<context>
    <name>wscm::NeighbourViewer</name>
    <message>
        <source>%1, line %2 (read-only)</source>
        <translation>%1, línea %2 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 — read-only; wscm changes it only when you rename a client</source>
        <translation>%1 — solo lectura; wscm solo lo cambia cuando usted renombra un cliente</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, solo lectura</translation>
    </message>
</context>
<context>
    <name>wscm::NewSectionDialog</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Section name</source>
        <translation>Nombre de la sección</translation>
    </message>
    <message>
        <source>A template is never a connection itself; other sections inherit its options</source>
        <translation>Una plantilla nunca es una conexión por sí misma; otras secciones heredan sus opciones</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Based on template</source>
        <translation>Basada en la plantilla</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Basada en:</translation>
    </message>
</context>
<context>
    <name>wscm::OptionField</name>
    <message>
        <source>Override</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Set the inherited value in this section, to change it here</source>
        <translation>Definir el valor heredado en esta sección, para cambiarlo aquí</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Sobrescribir %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove this section&apos;s own value: the inherited or default value applies again</source>
        <translation>Quitar el valor propio de esta sección: vuelve a aplicarse el valor heredado o el predeterminado</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Mostrar u ocultar el secreto</translation>
    </message>
    <message>
        <source>Show or hide the password in the URI (to edit it)</source>
        <translation>Mostrar u ocultar la contraseña en la URI (para editarla)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Examinar para %1</translation>
    </message>
    <message>
        <source>inherited (hidden)</source>
        <translation>heredado (oculto)</translation>
    </message>
    <message>
        <source>from [%1]</source>
        <translation>de [%1]</translation>
    </message>
    <message>
        <source>Inherited from template [%1]</source>
        <translation>Heredado de la plantilla [%1]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Error de Asterisk: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Advertencia de wscm: %1</translation>
    </message>
</context>
<context>
    <name>wscm::OptionSchema</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
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
        <translation>TCP keepalives</translation>
    </message>
    <message>
        <source>PING/PONG</source>
        <translation>PING/PONG</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconexión</translation>
    </message>
    <message>
        <source>Marks the section as a WebSocket client; must be websocket_client.</source>
        <translation>Marca la sección como cliente WebSocket; debe ser websocket_client.</translation>
    </message>
    <message>
        <source>Address of the remote server: ws:// or wss://host[:port][/path][?query].</source>
        <translation>Dirección del servidor remoto: ws:// o wss://host[:puerto][/ruta][?consulta].</translation>
    </message>
    <message>
        <source>Comma-separated subprotocols offered in Sec-WebSocket-Protocol; the server must pick one.</source>
        <translation>Subprotocolos separados por comas, ofrecidos en Sec-WebSocket-Protocol; el servidor debe elegir uno.</translation>
    </message>
    <message>
        <source>persistent keeps one connection open; per_call_config opens one per call.</source>
        <translation>persistent mantiene una conexión abierta; per_call_config abre una por llamada.</translation>
    </message>
    <message>
        <source>TCP connect timeout; proxy and upgrade replies are each awaited up to twice this.</source>
        <translation>Tiempo de espera de conexión TCP; las respuestas del proxy y del upgrade se esperan cada una hasta el doble.</translation>
    </message>
    <message>
        <source>User name sent with password as HTTP Basic authorization on the upgrade.</source>
        <translation>Nombre de usuario enviado con password como autorización HTTP Basic en el upgrade.</translation>
    </message>
    <message>
        <source>Password for username; a secret, redacted in every output.</source>
        <translation>Contraseña de username; un secreto, oculto en toda salida.</translation>
    </message>
    <message>
        <source>Run TLS to the WebSocket server; the URI scheme alone does not turn it on.</source>
        <translation>Usar TLS hacia el servidor WebSocket; el esquema de la URI por sí solo no lo activa.</translation>
    </message>
    <message>
        <source>PEM bundle of certificate authorities trusted for the server certificate.</source>
        <translation>Paquete PEM de autoridades de certificación de confianza para el certificado del servidor.</translation>
    </message>
    <message>
        <source>Folder of hashed CA certificates, as an alternative to ca_list_file.</source>
        <translation>Carpeta de certificados CA con hash, como alternativa a ca_list_file.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Certificado de cliente (PEM) para servidores que lo piden.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Clave privada (PEM) del certificado de cliente.</translation>
    </message>
    <message>
        <source>Check that the server certificate chains to a trusted CA; no accepts any certificate.</source>
        <translation>Comprobar que el certificado del servidor encadena a una CA de confianza; no acepta cualquier certificado.</translation>
    </message>
    <message>
        <source>Check that the certificate names the host in the URI; no forgives a mismatch.</source>
        <translation>Comprobar que el certificado nombra al host de la URI; no perdona una discrepancia.</translation>
    </message>
    <message>
        <source>HTTP forward proxy as host:port, reached with CONNECT; the port is required.</source>
        <translation>Proxy HTTP de reenvío como host:puerto, alcanzado con CONNECT; el puerto es obligatorio.</translation>
    </message>
    <message>
        <source>User name for Proxy-Authorization: Basic; sent only with proxy_password.</source>
        <translation>Nombre de usuario para Proxy-Authorization: Basic; solo se envía junto con proxy_password.</translation>
    </message>
    <message>
        <source>Password for the proxy; a secret, and always sent to the proxy in clear text.</source>
        <translation>Contraseña del proxy; un secreto, y siempre enviado al proxy en texto claro.</translation>
    </message>
    <message>
        <source>Let the kernel probe an idle connection (SO_KEEPALIVE).</source>
        <translation>Dejar que el kernel sondee una conexión inactiva (SO_KEEPALIVE).</translation>
    </message>
    <message>
        <source>Idle seconds before the first keepalive probe (TCP_KEEPIDLE).</source>
        <translation>Segundos de inactividad antes de la primera sonda keepalive (TCP_KEEPIDLE).</translation>
    </message>
    <message>
        <source>Seconds between keepalive probes (TCP_KEEPINTVL).</source>
        <translation>Segundos entre sondas keepalive (TCP_KEEPINTVL).</translation>
    </message>
    <message>
        <source>Unanswered probes before the kernel drops the connection (TCP_KEEPCNT).</source>
        <translation>Sondas sin respuesta antes de que el kernel corte la conexión (TCP_KEEPCNT).</translation>
    </message>
    <message>
        <source>Send WebSocket PINGs and close the connection when PONGs stop coming.</source>
        <translation>Enviar PINGs WebSocket y cerrar la conexión cuando dejen de llegar PONGs.</translation>
    </message>
    <message>
        <source>Seconds between PINGs.</source>
        <translation>Segundos entre PINGs.</translation>
    </message>
    <message>
        <source>Unanswered PINGs after which the connection is closed.</source>
        <translation>PINGs sin respuesta tras los que se cierra la conexión.</translation>
    </message>
    <message>
        <source>Wait between connection attempts.</source>
        <translation>Espera entre intentos de conexión.</translation>
    </message>
    <message>
        <source>per_call_config: attempts before giving up; persistent: failures between warnings.</source>
        <translation>per_call_config: intentos antes de rendirse; persistent: fallos entre advertencias.</translation>
    </message>
</context>
<context>
    <name>wscm::ProblemList</name>
    <message>
        <source>Go to field</source>
        <translation>Ir al campo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Go to field %1</source>
        <translation>Ir al campo %1</translation>
    </message>
    <message>
        <source>Show and focus %1 in the Settings tab</source>
        <translation>Mostrar y enfocar %1 en la pestaña Ajustes</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, listed in the Raw tab</source>
        <translation>
            <numerusform>… y %n más, listado en la pestaña Texto</numerusform>
            <numerusform>… y %n más, listados en la pestaña Texto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::RawEditor</name>
    <message>
        <source>Sho&amp;w secrets</source>
        <translation>Mostra&amp;r secretos</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Insert &amp;Tab Character</source>
        <translation>Insertar carácter de &amp;tabulación</translation>
    </message>
    <message>
        <source>Show the passwords in the text; while hidden, their lines cannot be edited here</source>
        <translation>Mostrar las contraseñas en el texto; mientras están ocultas, sus líneas no se pueden editar aquí</translation>
    </message>
    <message>
        <source>Apply the text to the document (Ctrl+Return)</source>
        <translation>Aplicar el texto al documento (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Throw away the text edits made here</source>
        <translation>Descartar las ediciones de texto hechas aquí</translation>
    </message>
    <message>
        <source>Raw file text</source>
        <translation>Texto del archivo</translation>
    </message>
    <message>
        <source>Tab moves to the next control; %1 types a tab character.</source>
        <translation>Tab pasa al siguiente control; %1 escribe un carácter de tabulación.</translation>
    </message>
    <message>
        <source>Findings in the file</source>
        <translation>Hallazgos en el archivo</translation>
    </message>
    <message>
        <source>This file is not plain UTF-8 text (or holds a carriage return or separator a text editor would turn into a line break); it is shown read-only so that saving keeps its bytes.</source>
        <translation>Este archivo no es texto UTF-8 simple (o contiene un retorno de carro o separador que un editor de texto convertiría en salto de línea); se muestra en solo lectura para que al guardar se conserven sus bytes.</translation>
    </message>
    <message>
        <source>The file with its secrets hidden, read-only: check “Show secrets” to edit it here.</source>
        <translation>El archivo con sus secretos ocultos, en solo lectura: marque «Mostrar secretos» para editarlo aquí.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved.</source>
        <translation>El archivo exactamente como se guardará.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved, secrets hidden.</source>
        <translation>El archivo exactamente como se guardará, con los secretos ocultos.</translation>
    </message>
    <message>
        <source>Line %1 holds a hidden secret that was changed or copied; check “Show secrets” before editing such lines.</source>
        <translation>La línea %1 contiene un secreto oculto que se cambió o copió; marque «Mostrar secretos» antes de editar esas líneas.</translation>
    </message>
    <message>
        <source>This line holds a hidden secret: check “Show secrets” to edit it.</source>
        <translation>Esta línea contiene un secreto oculto: marque «Mostrar secretos» para editarla.</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>línea %1: %2: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>Edit raw text</source>
        <translation>Editar texto</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadApply</name>
    <message>
        <source>Asterisk on %1 answered: %2</source>
        <translation>Asterisk en %1 respondió: %2</translation>
    </message>
    <message>
        <source>The next prediction cannot use this apply: %1</source>
        <translation>La próxima predicción no puede usar esta aplicación: %1</translation>
    </message>
    <message>
        <source>Confirming through %1.</source>
        <translation>Confirmando a través de %1.</translation>
    </message>
    <message>
        <source>Not confirming through ARI: %1.</source>
        <translation>Sin confirmar a través de ARI: %1.</translation>
    </message>
    <message>
        <source>the log file %1 (logger.conf: %2) does not exist</source>
        <translation>el archivo de log %1 (logger.conf: %2) no existe</translation>
    </message>
    <message>
        <source>the log file %1 cannot be read by this user: run wscm as a user who may read it (root or the asterisk group)</source>
        <translation>este usuario no puede leer el archivo de log %1: ejecute wscm como un usuario que pueda leerlo (root o el grupo asterisk)</translation>
    </message>
    <message>
        <source>the size of the log file %1 cannot be read (%2)</source>
        <translation>no se puede leer el tamaño del archivo de log %1 (%2)</translation>
    </message>
    <message>
        <source>ARI cannot be asked: %1.</source>
        <translation>No se puede consultar ARI: %1.</translation>
    </message>
    <message>
        <source>no ARI (%1), and no log to read (%2)</source>
        <translation>sin ARI (%1), y sin log que leer (%2)</translation>
    </message>
    <message>
        <source>Reading what Asterisk logged in %1 (logger.conf: %2).</source>
        <translation>Leyendo lo que Asterisk registró en %1 (logger.conf: %2).</translation>
    </message>
    <message>
        <source>no ARI (%1), and the log file %2 cannot be read after the reload (%3)</source>
        <translation>sin ARI (%1), y el archivo de log %2 no se puede leer tras la recarga (%3)</translation>
    </message>
    <message>
        <source>no ARI (%1), and %2</source>
        <translation>sin ARI (%1), y %2</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadConfirmation</name>
    <message>
        <source>[%1]: predicted loaded, Asterisk has no such object</source>
        <translation>[%1]: se predijo cargado, Asterisk no tiene ese objeto</translation>
    </message>
    <message>
        <source>[%1] %2: Asterisk has another value than predicted (secret: values not shown)</source>
        <translation>[%1] %2: Asterisk tiene otro valor que el predicho (secreto: valores no mostrados)</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk shows no such field</source>
        <translation>[%1] %2: se predijo &apos;%3&apos;, Asterisk no muestra ese campo</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk has &apos;%4&apos;</source>
        <translation>[%1] %2: se predijo &apos;%3&apos;, Asterisk tiene &apos;%4&apos;</translation>
    </message>
    <message>
        <source>[%1]: predicted removed, Asterisk still has it</source>
        <translation>[%1]: se predijo eliminado, Asterisk todavía lo tiene</translation>
    </message>
    <message>
        <source>Asterisk loaded %1 client%2 as predicted</source>
        <translation>Asterisk cargó %1 cliente%2 como se predijo</translation>
    </message>
    <message>
        <source>; it refused the file (line %1) and kept every old object</source>
        <translation>; rechazó el archivo (línea %1) y conservó todos los objetos anteriores</translation>
    </message>
    <message>
        <source>; kept the old [%1] (line %2)</source>
        <translation>; conservó el [%1] anterior (línea %2)</translation>
    </message>
    <message>
        <source>; [%1] is gone</source>
        <translation>; [%1] desapareció</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadLogCheck</name>
    <message>
        <source>the log shows no reload of res_websocket_client (its line &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; did not appear; Asterisk writes it only at verbose level 3 or more)</source>
        <translation>el log no muestra ninguna recarga de res_websocket_client (su línea &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; no apareció; Asterisk la escribe solo con nivel verbose 3 o más)</translation>
    </message>
    <message>
        <source>the log shows no line of this reload, and takes no VERBOSE messages where Asterisk names the reload: add verbose to the log file&apos;s levels in logger.conf</source>
        <translation>el log no muestra ninguna línea de esta recarga y no recibe mensajes VERBOSE, donde Asterisk nombra la recarga: añada verbose a los niveles del archivo de log en logger.conf</translation>
    </message>
    <message>
        <source>predicted the file refused (line %1), the log shows no refusal</source>
        <translation>se predijo el archivo rechazado (línea %1), el log no muestra ningún rechazo</translation>
    </message>
    <message>
        <source>predicted the file loaded, the log says Asterisk refused it</source>
        <translation>se predijo el archivo cargado, el log dice que Asterisk lo rechazó</translation>
    </message>
    <message>
        <source>[%1]: predicted the old object kept, the log does not say it was retained</source>
        <translation>[%1]: se predijo conservado el objeto anterior, el log no dice que se conservara</translation>
    </message>
    <message>
        <source>[%1]: the log says its old object was retained, the prediction did not</source>
        <translation>[%1]: el log dice que se conservó su objeto anterior, la predicción no</translation>
    </message>
    <message>
        <source>[%1]: predicted loaded, the log says Asterisk could not create it</source>
        <translation>[%1]: se predijo cargado, el log dice que Asterisk no pudo crearlo</translation>
    </message>
    <message>
        <source>it refused the file and kept every old object</source>
        <translation>rechazó el archivo y conservó todos los objetos anteriores</translation>
    </message>
    <message>
        <source>kept the old %1</source>
        <translation>conservó el %1 anterior</translation>
    </message>
    <message>
        <source>did not create %1</source>
        <translation>no creó %1</translation>
    </message>
    <message>
        <source>it rejected no section</source>
        <translation>no rechazó ninguna sección</translation>
    </message>
    <message>
        <source>Asterisk&apos;s log agrees with the prediction: %1. The log does not show field values: those are not confirmed (ARI would show them)</source>
        <translation>El log de Asterisk coincide con la predicción: %1. El log no muestra valores de campos: esos no están confirmados (ARI los mostraría)</translation>
    </message>
    <message>
        <source>also kept an old %1 from a file applied before the last one (wscm remembers only the last)</source>
        <translation>también conservó un %1 anterior de un archivo aplicado antes del último (wscm solo recuerda el último)</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadPrediction</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays as it is</source>
        <translation>El websocket saliente de ARI %1 queda como está</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 reconnects with the new [%2]</source>
        <translation>El websocket saliente de ARI %1 se reconecta con el nuevo [%2]</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 takes the new timing of [%2] without reconnecting</source>
        <translation>El websocket saliente de ARI %1 toma los nuevos tiempos de [%2] sin reconectarse</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays on the OLD [%2]</source>
        <translation>El websocket saliente de ARI %1 se queda con el [%2] ANTIGUO</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays connected through [%2], which the reload removes</source>
        <translation>El websocket saliente de ARI %1 sigue conectado a través de [%2], que la recarga elimina</translation>
    </message>
    <message>
        <source>what ARI&apos;s outbound websocket %1 does is not known: [%2] was not loaded before</source>
        <translation>no se sabe qué hará el websocket saliente de ARI %1: [%2] no estaba cargado antes</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: the file cannot be loaded (%1)</source>
        <translation>Tras una recarga Asterisk no cambiará nada: el archivo no se puede cargar (%1)</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: every client stays as it is</source>
        <translation>Tras una recarga Asterisk no cambiará nada: todos los clientes quedan como están</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadirá %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambiará %1</translation>
    </message>
    <message>
        <source>keep the OLD [%1], because the new one is invalid (%2)</source>
        <translation>conservará el [%1] ANTIGUO, porque el nuevo no es válido (%2)</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>eliminará %1</translation>
    </message>
    <message>
        <source>After a reload Asterisk will %1</source>
        <translation>Tras una recarga Asterisk: %1</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadRunner</name>
    <message>
        <source>No file known as loaded: no earlier apply of %1 is recorded here, so this assumes Asterisk has loaded no client yet.</source>
        <translation>Ningún archivo conocido como cargado: aquí no consta ninguna aplicación anterior de %1, así que se supone que Asterisk aún no cargó ningún cliente.</translation>
    </message>
    <message>
        <source>No file known as loaded: the copy of the last apply cannot be read (%1).</source>
        <translation>Ningún archivo conocido como cargado: no se puede leer la copia de la última aplicación (%1).</translation>
    </message>
    <message>
        <source>Applied as predicted</source>
        <translation>Aplicado según lo predicho</translation>
    </message>
    <message>
        <source>Reloaded, not confirmed</source>
        <translation>Recargado, sin confirmar</translation>
    </message>
    <message>
        <source>Asterisk reloaded the file; what it loaded is not confirmed: %1.</source>
        <translation>Asterisk recargó el archivo; lo que cargó no está confirmado: %1.</translation>
    </message>
    <message>
        <source>Asterisk contradicts the prediction</source>
        <translation>Asterisk contradice la predicción</translation>
    </message>
    <message>
        <source>Asterisk reloaded, but CONTRADICTS the prediction:
%1

This is a wscm bug: please report it with the file and these lines.</source>
        <translation>Asterisk recargó, pero CONTRADICE la predicción:
%1

Es un error de wscm: repórtelo con el archivo y estas líneas.</translation>
    </message>
    <message>
        <source>Saved, not reloaded</source>
        <translation>Guardado, sin recargar</translation>
    </message>
    <message>
        <source>The file is saved. %1</source>
        <translation>El archivo está guardado. %1</translation>
    </message>
    <message>
        <source>Reloaded; the log agrees</source>
        <translation>Recargado; el registro coincide</translation>
    </message>
</context>
<context>
    <name>wscm::RttChart</name>
    <message>
        <source>Round-trip times of the last PONGs</source>
        <translation>Tiempos de ida y vuelta de los últimos PONGs</translation>
    </message>
    <message>
        <source>No PONGs yet</source>
        <translation>Aún sin PONGs</translation>
    </message>
    <message numerus="yes">
        <source>%n samples, last %1</source>
        <translation>
            <numerusform>%n muestra, última %1</numerusform>
            <numerusform>%n muestras, última %1</numerusform>
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
        <translation>%1 cambió</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>Otra persona cambió %1 desde que usted lo abrió.</translation>
    </message>
    <message>
        <source>Your edits can be reapplied to their version: only the lines you changed are written, theirs stay as they are.</source>
        <translation>Sus cambios se pueden volver a aplicar sobre su versión: solo se escriben las líneas que usted cambió, las demás quedan como están.</translation>
    </message>
    <message>
        <source>You both changed the same lines, so your edits cannot be reapplied to their version. Overwrite it with yours, or cancel and reload the file (File › Revert) to make your edits again.</source>
        <translation>Ambos cambiaron las mismas líneas, así que sus cambios no se pueden volver a aplicar sobre su versión. Sobrescríbala con la suya, o cancele y recargue el archivo (Archivo › Revertir) para volver a hacer sus cambios.</translation>
    </message>
    <message>
        <source>Changes with your edits reapplied</source>
        <translation>Cambios con sus ediciones vueltas a aplicar</translation>
    </message>
    <message>
        <source>&amp;Merged</source>
        <translation>&amp;Combinado</translation>
    </message>
    <message>
        <source>Lines changed on both sides</source>
        <translation>Líneas cambiadas en ambos lados</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>Con&amp;flictos</translation>
    </message>
    <message>
        <source>Changes if overwritten</source>
        <translation>Cambios si se sobrescribe</translation>
    </message>
    <message>
        <source>&amp;If overwritten</source>
        <translation>&amp;Si se sobrescribe</translation>
    </message>
    <message>
        <source>&amp;Reapply my edits and save</source>
        <translation>&amp;Volver a aplicar mis cambios y guardar</translation>
    </message>
    <message>
        <source>&amp;Overwrite their changes</source>
        <translation>S&amp;obrescribir sus cambios</translation>
    </message>
</context>
<context>
    <name>wscm::SaveDiffDialog</name>
    <message>
        <source>&amp;Don&apos;t show changes before saving again</source>
        <translation>&amp;No volver a mostrar los cambios antes de guardar</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Saving changes these lines of %1 (- removed, + added):</source>
        <translation>Guardar cambia estas líneas de %1 (- eliminadas, + añadidas):</translation>
    </message>
    <message>
        <source>Changes to be saved</source>
        <translation>Cambios por guardar</translation>
    </message>
    <message>
        <source>Then Asterisk reloads res_websocket_client. wscm predicts:</source>
        <translation>Después Asterisk recarga res_websocket_client. wscm predice:</translation>
    </message>
    <message>
        <source>Reload prediction</source>
        <translation>Predicción de la recarga</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Guardar y a&amp;plicar</translation>
    </message>
    <message>
        <source>%1 (- removed, + added):</source>
        <translation>%1 (- eliminadas, + añadidas):</translation>
    </message>
    <message>
        <source>Changes to be saved in %1</source>
        <translation>Cambios por guardar en %1</translation>
    </message>
    <message>
        <source>&amp;Save the File</source>
        <translation>&amp;Guardar el archivo</translation>
    </message>
    <message>
        <source>&amp;Save %1 Files</source>
        <translation>&amp;Guardar %1 archivos</translation>
    </message>
    <message>
        <source>&amp;Leave Them As They Are</source>
        <translation>&amp;Dejarlos como están</translation>
    </message>
</context>
<context>
    <name>wscm::SectionListModel</name>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (plantilla)</translation>
    </message>
    <message>
        <source>%1 (not a websocket client)</source>
        <translation>%1 (no es un cliente WebSocket)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n conectada</numerusform>
            <numerusform>%n conectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unstable</source>
        <translation>
            <numerusform>%n inestable</numerusform>
            <numerusform>%n inestables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n conectando</numerusform>
            <numerusform>%n conectando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n reintentando</numerusform>
            <numerusform>%n reintentando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave up</source>
        <translation>
            <numerusform>%n se rindió</numerusform>
            <numerusform>%n se rindieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <translation>
            <numerusform>%n sin conectar</numerusform>
            <numerusform>%n sin conectar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válida</numerusform>
            <numerusform>%n no válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No websocket client sections</source>
        <translation>No hay secciones de cliente WebSocket</translation>
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
        <translation>%1 no está definido</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>línea %1 de %2</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Error de Asterisk: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Advertencia de wscm: %1</translation>
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
            <numerusform>%1: cayó %n vez</numerusform>
            <numerusform>%1: cayó %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, dropped %n×</source>
        <translation>
            <numerusform>%1: %2, cayó %n vez</numerusform>
            <numerusform>%1: %2, cayó %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1: %2 (línea %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>inestable</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>se rindió</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>HTTP %1 at %2</source>
        <translation>HTTP %1 en %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (trying unsaved changes)</source>
        <translation>%1 (probando cambios sin guardar)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>connected for %1</source>
        <translation>conectada desde hace %1</translation>
    </message>
    <message>
        <source>, last PONG %1</source>
        <translation>, último PONG hace %1</translation>
    </message>
    <message numerus="yes">
        <source>unstable: dropped %n× in %1</source>
        <translation>
            <numerusform>inestable: cayó %n vez en %1</numerusform>
            <numerusform>inestable: cayó %n veces en %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, never up longer than %1</source>
        <translation>, nunca activa más de %1</translation>
    </message>
    <message>
        <source>retrying for %1</source>
        <translation>reintentando desde hace %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message numerus="yes">
        <source>, failed %n×</source>
        <translation>
            <numerusform>, falló %n vez</numerusform>
            <numerusform>, falló %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid: Asterisk would not load it</source>
        <translation>no válida: Asterisk no la cargaría</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>no válida: %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (línea %1)</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more error(s)</source>
        <translation>
            <numerusform>, y %n error más</numerusform>
            <numerusform>, y %n errores más</numerusform>
        </translation>
    </message>
    <message>
        <source> (trying unsaved changes)</source>
        <translation> (probando cambios sin guardar)</translation>
    </message>
</context>
<context>
    <name>wscm::SettingsForm</name>
    <message>
        <source>&amp;Template (never an object itself, only inherited from)</source>
        <translation>P&amp;lantilla (nunca un objeto por sí misma, solo se hereda de ella)</translation>
    </message>
    <message>
        <source>Findings about this section</source>
        <translation>Hallazgos sobre esta sección</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Section is a template</source>
        <translation>La sección es una plantilla</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Inherits from templates</source>
        <translation>Hereda de plantillas</translation>
    </message>
    <message>
        <source>Templates whose options this section copies first, in order, separated by commas</source>
        <translation>Plantillas cuyas opciones copia primero esta sección, en orden, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Inherits from:</source>
        <translation>&amp;Hereda de:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Ninguna sección seleccionada</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] ya no existe</translation>
    </message>
    <message>
        <source>This section is defined in %1; open that file to edit it.</source>
        <translation>Esta sección está definida en %1; abra ese archivo para editarla.</translation>
    </message>
    <message numerus="yes">
        <source>Asterisk would not load this section: %n error(s)</source>
        <translation>
            <numerusform>Asterisk no cargaría esta sección: %n error</numerusform>
            <numerusform>Asterisk no cargaría esta sección: %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear %1 in [%2]</source>
        <translation>Borrar %1 en [%2]</translation>
    </message>
    <message>
        <source>Set %1 in [%2]</source>
        <translation>Definir %1 en [%2]</translation>
    </message>
    <message>
        <source>Change inheritance of [%1]</source>
        <translation>Cambiar la herencia de [%1]</translation>
    </message>
</context>
<context>
    <name>wscm::StageWaterfall</name>
    <message>
        <source>Stage timings of the last attempt</source>
        <translation>Tiempos por etapa del último intento</translation>
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
        <translation>resolviendo el host: %1</translation>
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
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
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
        <translation>Se cayó la conexión [%1]</translation>
    </message>
</context>
<context>
    <name>wscm::UsedByList</name>
    <message>
        <source>Used by:</source>
        <translation>Usado por:</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>ARI outbound websocket %1 (already INVALID)</source>
        <translation>Websocket saliente de ARI %1 (ya INVALID)</translation>
    </message>
    <message>
        <source>ARI outbound websocket %1 (apps: %2)</source>
        <translation>Websocket saliente de ARI %1 (apps: %2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1” (%2)</source>
        <translation>Websocket saliente de ARI «%1» (%2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1”, apps %2 (%3)</source>
        <translation>Websocket saliente de ARI «%1», apps %2 (%3)</translation>
    </message>
    <message>
        <source>Open %1 at line %2: ARI outbound websocket %3</source>
        <translation>Abrir %1 en la línea %2: websocket saliente de ARI %3</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>Open %1 at line %2: dial string %3 in context %4</source>
        <translation>Abrir %1 en la línea %2: dial string %3 en el contexto %4</translation>
    </message>
    <message>
        <source>Open %1 at line %2 (read-only)</source>
        <translation>Abrir %1 en la línea %2 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing in ari.conf or extensions.conf uses this client. ARI externalMedia may still name it at run time.</source>
        <translation>Nada en ari.conf ni en extensions.conf usa este cliente. ARI externalMedia aún puede nombrarlo en tiempo de ejecución.</translation>
    </message>
    <message>
        <source>No ari.conf or extensions.conf beside this file: what uses this client is not known here (ARI externalMedia may still name it at run time).</source>
        <translation>No hay ari.conf ni extensions.conf junto a este archivo: aquí no se sabe qué usa este cliente (ARI externalMedia aún puede nombrarlo en tiempo de ejecución).</translation>
    </message>
    <message>
        <source>1 dial string in %1</source>
        <translation>1 dial string en %1</translation>
    </message>
    <message>
        <source>%1 dial strings in %2</source>
        <translation>%1 dial strings en %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>wscm::UserPrompts</name>
    <message>
        <source>Asterisk config files (*.conf);;All files (*)</source>
        <translation>Archivos de configuración de Asterisk (*.conf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>Text not applied</source>
        <translation>Texto no aplicado</translation>
    </message>
    <message>
        <source>The text edited in the Raw tab is not applied to the document yet. Apply it, discard it, or stay in the Raw tab?</source>
        <translation>El texto editado en la pestaña Texto aún no se aplicó al documento. ¿Aplicarlo, descartarlo o quedarse en la pestaña Texto?</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Quedarse</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep editing your version?</source>
        <translation>Otro programa cambió %1. ¿Recargarlo y perder sus cambios sin guardar, o seguir editando su versión?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>Otro programa cambió %1. ¿Recargarlo?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Conservar mi versión</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Save to another file?</source>
        <translation>No se pudo escribir %1: %2

¿Guardar en otro archivo?</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>Open remote file</source>
        <translation>Abrir archivo remoto</translation>
    </message>
    <message>
        <source>A config file on a host you reach with SSH, as
ssh://[user@]host[:port]/etc/asterisk/websocket_client.conf

Your ssh config, keys, agent and known_hosts are used; wscm never asks for a password.</source>
        <translation>Un archivo de configuración en un host al que llega por SSH, como
ssh://[usuario@]host[:puerto]/etc/asterisk/websocket_client.conf

Se usan su configuración de ssh, claves, agente y known_hosts; wscm nunca pide una contraseña.</translation>
    </message>
    <message>
        <source>Rename references to [%1]</source>
        <translation>Renombrar las referencias a [%1]</translation>
    </message>
    <message>
        <source>These files name [%1]. Rename it to [%2] there too? They are saved now, each whole or not at all; websocket_client.conf keeps [%2] when you save it, and Asterisk needs all of them to agree before it reloads.</source>
        <translation>Estos archivos nombran [%1]. ¿Renombrarlo también allí a [%2]? Se guardan ahora, cada uno completo o nada; websocket_client.conf conserva [%2] cuando lo guarde, y Asterisk necesita que todos coincidan antes de recargar.</translation>
    </message>
</context>
</TS>
