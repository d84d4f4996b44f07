<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>wscm::AppLanguage</name>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
</context>
<context>
    <name>wscm::AriDiscovery</name>
    <message>
        <source>give --ari, --ari-user and --ari-password-file to confirm through ARI</source>
        <translation>informe --ari, --ari-user e --ari-password-file para confirmar pelo ARI</translation>
    </message>
    <message>
        <source>no http.conf beside the file: Asterisk&apos;s HTTP server, and so ARI, is off without one</source>
        <translation>nenhum http.conf ao lado do arquivo: sem ele, o servidor HTTP do Asterisk, e com ele o ARI, fica desligado</translation>
    </message>
    <message>
        <source>http.conf cannot be read (%1)</source>
        <translation>não foi possível ler o http.conf (%1)</translation>
    </message>
    <message>
        <source>http.conf does not say [general] enabled = yes: Asterisk&apos;s HTTP server, and so ARI, is off</source>
        <translation>o http.conf não diz [general] enabled = yes: o servidor HTTP do Asterisk, e com ele o ARI, está desligado</translation>
    </message>
    <message>
        <source>http.conf has no bindaddr: Asterisk&apos;s HTTP server listens nowhere without one</source>
        <translation>o http.conf não tem bindaddr: sem ele, o servidor HTTP do Asterisk não escuta em lugar nenhum</translation>
    </message>
    <message>
        <source>ARI listens on %1 of %2 only (http.conf bindaddr), which cannot be reached from here, and wscm opens no tunnel: forward it yourself (ssh -L %3:%1:%3 %2) and %4</source>
        <translation>O ARI só escuta em %1 de %2 (bindaddr do http.conf), que não é acessível daqui, e o wscm não abre túneis: redirecione você mesmo (ssh -L %3:%1:%3 %2) e %4</translation>
    </message>
    <message>
        <source>no ari.conf beside the file: ARI has no users without one</source>
        <translation>nenhum ari.conf ao lado do arquivo: sem ele, o ARI não tem usuários</translation>
    </message>
    <message>
        <source>ari.conf cannot be read (%1)</source>
        <translation>não foi possível ler o ari.conf (%1)</translation>
    </message>
    <message>
        <source>ari.conf says [general] enabled = no: ARI answers nothing</source>
        <translation>o ari.conf diz [general] enabled = no: o ARI não responde nada</translation>
    </message>
    <message>
        <source>ari.conf&apos;s users all have crypt passwords, which wscm cannot send: %1</source>
        <translation>todos os usuários do ari.conf têm senhas crypt, que o wscm não consegue enviar: %1</translation>
    </message>
    <message>
        <source>ari.conf has no user with a password: %1</source>
        <translation>o ari.conf não tem nenhum usuário com senha: %1</translation>
    </message>
    <message>
        <source>ARI at %1 as user &apos;%2&apos; (http.conf and ari.conf beside the file; the first ari.conf user with a plain password)</source>
        <translation>ARI em %1 como usuário &apos;%2&apos; (http.conf e ari.conf ao lado do arquivo; o primeiro usuário do ari.conf com senha em texto puro)</translation>
    </message>
</context>
<context>
    <name>wscm::AriObjectReader</name>
    <message>
        <source>ARI at %1 refused the user and password (HTTP %2): check the user in ari.conf and the password file</source>
        <translation>O ARI em %1 recusou o usuário e a senha (HTTP %2): verifique o usuário no ari.conf e o arquivo de senha</translation>
    </message>
    <message>
        <source>ARI is not enabled at %1 (HTTP 404): enable it in ari.conf ([general] enabled = yes) and load res_ari</source>
        <translation>O ARI não está habilitado em %1 (HTTP 404): habilite-o no ari.conf ([general] enabled = yes) e carregue o res_ari</translation>
    </message>
    <message>
        <source>ARI at %1 cannot be asked (%2): check the address, and that Asterisk&apos;s HTTP server is enabled in http.conf</source>
        <translation>Não foi possível consultar o ARI em %1 (%2): verifique o endereço e se o servidor HTTP do Asterisk está habilitado no http.conf</translation>
    </message>
    <message>
        <source>ARI at %1 did not answer for [%2] (%3)</source>
        <translation>O ARI em %1 não respondeu para [%2] (%3)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskLogFile</name>
    <message>
        <source>no logger.conf beside the file: Asterisk then logs to its console only</source>
        <translation>nenhum logger.conf ao lado do arquivo: o Asterisk então só loga no console</translation>
    </message>
    <message>
        <source>logger.conf cannot be read (%1)</source>
        <translation>não foi possível ler o logger.conf (%1)</translation>
    </message>
    <message>
        <source>logger.conf says appendhostname = yes: wscm does not know the host name Asterisk appends to its log files</source>
        <translation>o logger.conf diz appendhostname = yes: o wscm não sabe o nome do host que o Asterisk acrescenta aos arquivos de log</translation>
    </message>
    <message>
        <source>logger.conf names no log file that takes both ERROR and NOTICE messages (e.g. full =&gt; notice,warning,error,verbose)</source>
        <translation>o logger.conf não nomeia nenhum arquivo de log que receba mensagens ERROR e NOTICE (p. ex. full =&gt; notice,warning,error,verbose)</translation>
    </message>
</context>
<context>
    <name>wscm::AsteriskReload</name>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>nothing was reloaded: %1</source>
        <translation>nada foi recarregado: %1</translation>
    </message>
    <message>
        <source>nothing was reloaded: cannot run sh on this computer: %1</source>
        <translation>nada foi recarregado: não é possível executar sh neste computador: %1</translation>
    </message>
    <message>
        <source>Asterisk is not installed on %1 (no `asterisk` command on its PATH, /usr/sbin or /usr/local/sbin); nothing was reloaded. Install Asterisk there, or put its `asterisk` on the PATH.</source>
        <translation>O Asterisk não está instalado em %1 (nenhum comando `asterisk` no PATH, em /usr/sbin ou /usr/local/sbin); nada foi recarregado. Instale o Asterisk lá ou coloque o `asterisk` dele no PATH.</translation>
    </message>
    <message>
        <source>Asterisk on %1 is not running, or its control socket cannot be read by this user (%2); nothing was reloaded. Start Asterisk, or run wscm as a user allowed to use asterisk -r (root or the asterisk group).</source>
        <translation>O Asterisk em %1 não está rodando, ou este usuário não consegue ler o socket de controle dele (%2); nada foi recarregado. Inicie o Asterisk ou rode o wscm com um usuário que possa usar asterisk -r (root ou o grupo asterisk).</translation>
    </message>
    <message>
        <source>Asterisk on %1 did not reload res_websocket_client; it answered: %2</source>
        <translation>O Asterisk em %1 não recarregou o res_websocket_client; ele respondeu: %2</translation>
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
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation>o documento ainda não tem nome de arquivo</translation>
    </message>
    <message>
        <source>The file was removed: there is nothing to reapply your edits to.</source>
        <translation>O arquivo foi removido: não há onde reaplicar suas alterações.</translation>
    </message>
    <message>
        <source>@@ line %1 @@</source>
        <translation>@@ linha %1 @@</translation>
    </message>
    <message>
        <source>&lt;&lt;&lt;&lt;&lt;&lt;&lt; the file now</source>
        <translation>&lt;&lt;&lt;&lt;&lt;&lt;&lt; o arquivo agora</translation>
    </message>
    <message>
        <source>&gt;&gt;&gt;&gt;&gt;&gt;&gt; your edits</source>
        <translation>&gt;&gt;&gt;&gt;&gt;&gt;&gt; suas alterações</translation>
    </message>
    <message>
        <source>Reapply edits</source>
        <translation>Reaplicar alterações</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was read; it was not written</source>
        <translation>%1 mudou desde que foi lido; não foi gravado</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManager</name>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
</context>
<context>
    <name>wscm::ConnectionManagerThread</name>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
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
        <translation>Log de eventos</translation>
    </message>
    <message>
        <source>Show &amp;PONGs</source>
        <translation>Mostrar &amp;PONGs</translation>
    </message>
    <message>
        <source>Filter events (section, event or detail)</source>
        <translation>Filtrar eventos (seção, evento ou detalhe)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Every answered PING, several a second for each connection</source>
        <translation>Cada PING respondido, vários por segundo em cada conexão</translation>
    </message>
    <message>
        <source>Connection events</source>
        <translation>Eventos de conexão</translation>
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
        <translation>ida e volta %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>wscm::ExportDialog</name>
    <message>
        <source>&amp;Redact secrets (password, proxy_password, passwords in URIs)</source>
        <translation>&amp;Ocultar segredos (password, proxy_password, senhas em URIs)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportar para arquivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Escolher o arquivo de exportação</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
</context>
<context>
    <name>wscm::FailureHint</name>
    <message>
        <source>The host name in uri could not be resolved: check the host in uri and the DNS settings.</source>
        <translation>Não foi possível resolver o nome do host em uri: verifique o host em uri e as configurações de DNS.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved: check proxy_host and the DNS settings.</source>
        <translation>Não foi possível resolver o nome do host do proxy: verifique proxy_host e as configurações de DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at that address: check the host and port in uri and that the server is running.</source>
        <translation>Nada aceita conexões nesse endereço: verifique o host e a porta em uri e se o servidor está rodando.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at the proxy&apos;s address: check proxy_host and that the proxy is running.</source>
        <translation>Nada aceita conexões no endereço do proxy: verifique proxy_host e se o proxy está rodando.</translation>
    </message>
    <message>
        <source>There is no route to that address: check the host in uri (or proxy_host), the network and firewalls.</source>
        <translation>Não há rota para esse endereço: verifique o host em uri (ou proxy_host), a rede e os firewalls.</translation>
    </message>
    <message>
        <source>No answer within connection_timeout: check the address in uri and firewalls, or raise connection_timeout.</source>
        <translation>Sem resposta dentro de connection_timeout: verifique o endereço em uri e os firewalls, ou aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The proxy did not accept the connection within connection_timeout: check proxy_host and firewalls, or raise connection_timeout.</source>
        <translation>O proxy não aceitou a conexão dentro de connection_timeout: verifique proxy_host e os firewalls, ou aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The proxy answered 407: check proxy_username and proxy_password.</source>
        <translation>O proxy respondeu 407: verifique proxy_username e proxy_password.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check that the proxy in proxy_host allows CONNECT to the host and port in uri.</source>
        <translation>O proxy recusou o túnel (HTTP %1): verifique se o proxy em proxy_host permite CONNECT para o host e a porta em uri.</translation>
    </message>
    <message>
        <source>The proxy could not find the server (HTTP 404): check the host in uri, as the proxy resolves it.</source>
        <translation>O proxy não encontrou o servidor (HTTP 404): verifique o host em uri, como o proxy o resolve.</translation>
    </message>
    <message>
        <source>The proxy could not connect to the server (HTTP 503): check the host and port in uri and that the server is running.</source>
        <translation>O proxy não conseguiu conectar ao servidor (HTTP 503): verifique o host e a porta em uri e se o servidor está rodando.</translation>
    </message>
    <message>
        <source>The proxy refused the tunnel (HTTP %1): check proxy_host and that the proxy allows CONNECT to this host and port.</source>
        <translation>O proxy recusou o túnel (HTTP %1): verifique proxy_host e se o proxy permite CONNECT para este host e porta.</translation>
    </message>
    <message>
        <source>The proxy did not open a tunnel: check proxy_host and that it is an HTTP proxy that allows CONNECT.</source>
        <translation>O proxy não abriu um túnel: verifique proxy_host e se é um proxy HTTP que permite CONNECT.</translation>
    </message>
    <message>
        <source>The proxy closed the connection without answering: check proxy_host and that it is an HTTP proxy.</source>
        <translation>O proxy fechou a conexão sem responder: verifique proxy_host e se é um proxy HTTP.</translation>
    </message>
    <message>
        <source>The proxy did not answer the CONNECT in time: check the proxy, or raise connection_timeout.</source>
        <translation>O proxy não respondeu ao CONNECT a tempo: verifique o proxy ou aumente connection_timeout.</translation>
    </message>
    <message>
        <source>A TLS file cannot be used: check ca_list_file, ca_list_path, cert_file and priv_key_file (paths, permissions, PEM format).</source>
        <translation>Um arquivo TLS não pode ser usado: verifique ca_list_file, ca_list_path, cert_file e priv_key_file (caminhos, permissões, formato PEM).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: put the CA that signed it in ca_list_file or ca_list_path (or turn off verify_server_cert).</source>
        <translation>O certificado do servidor não é confiável: coloque a CA que o assinou em ca_list_file ou ca_list_path (ou desligue verify_server_cert).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name: check the host in uri against the certificate (or turn off verify_server_hostname).</source>
        <translation>O certificado do servidor é de outro nome: compare o host em uri com o certificado (ou desligue verify_server_hostname).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired: the server needs a new one.</source>
        <translation>O certificado do servidor expirou: o servidor precisa de um novo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet: check the clocks of this machine and of the server.</source>
        <translation>O certificado do servidor ainda não é válido: verifique os relógios desta máquina e do servidor.</translation>
    </message>
    <message>
        <source>The server refused the client certificate: check cert_file and priv_key_file, and that the server trusts their CA.</source>
        <translation>O servidor recusou o certificado de cliente: verifique cert_file e priv_key_file, e se o servidor confia na CA deles.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: check that the server speaks TLS on this port (tls_enabled) and the TLS versions it accepts.</source>
        <translation>O handshake TLS falhou: verifique se o servidor fala TLS nesta porta (tls_enabled) e as versões de TLS que ele aceita.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time: check that the server speaks TLS on this port, or raise connection_timeout.</source>
        <translation>O handshake TLS não terminou a tempo: verifique se o servidor fala TLS nesta porta, ou aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The server answered 401: check username and password.</source>
        <translation>O servidor respondeu 401: verifique username e password.</translation>
    </message>
    <message>
        <source>The server answered 403: it refuses this client; check username, password and what the server allows.</source>
        <translation>O servidor respondeu 403: ele recusa este cliente; verifique username, password e o que o servidor permite.</translation>
    </message>
    <message>
        <source>The server answered 404: check the path in uri.</source>
        <translation>O servidor respondeu 404: verifique o caminho em uri.</translation>
    </message>
    <message>
        <source>The server answered 400 Bad Request: check the path and query in uri and the protocols offered.</source>
        <translation>O servidor respondeu 400 Bad Request: verifique o caminho e a query em uri e os protocols oferecidos.</translation>
    </message>
    <message>
        <source>The server answered %1 instead of switching to WebSocket: check uri and that it is a WebSocket endpoint.</source>
        <translation>O servidor respondeu %1 em vez de mudar para WebSocket: verifique uri e se é um endpoint WebSocket.</translation>
    </message>
    <message>
        <source>The server did not pick one of the offered subprotocols: check protocols.</source>
        <translation>O servidor não escolheu nenhum dos subprotocolos oferecidos: verifique protocols.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a WebSocket upgrade: check uri and that the server speaks WebSocket on this port.</source>
        <translation>A resposta do servidor não é um upgrade para WebSocket: verifique uri e se o servidor fala WebSocket nesta porta.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the upgrade: check uri, tls_enabled and the server&apos;s logs.</source>
        <translation>O servidor fechou a conexão sem responder ao upgrade: verifique uri, tls_enabled e os logs do servidor.</translation>
    </message>
    <message>
        <source>The server did not answer the upgrade in time: check uri and that the server speaks WebSocket on this port, or raise connection_timeout.</source>
        <translation>O servidor não respondeu ao upgrade a tempo: verifique uri e se o servidor fala WebSocket nesta porta, ou aumente connection_timeout.</translation>
    </message>
    <message>
        <source>The server stopped answering PINGs: check the network path, or raise pingpong_interval or pingpong_probes.</source>
        <translation>O servidor parou de responder aos PINGs: verifique o caminho de rede, ou aumente pingpong_interval ou pingpong_probes.</translation>
    </message>
    <message>
        <source>TCP keepalive probes went unanswered: the peer or the path to it is gone.</source>
        <translation>As sondas de TCP keepalive ficaram sem resposta: o outro lado ou o caminho até ele caiu.</translation>
    </message>
    <message>
        <source>The server closed the connection: check the server&apos;s logs.</source>
        <translation>O servidor fechou a conexão: verifique os logs do servidor.</translation>
    </message>
    <message>
        <source>The server sent a frame or message over 1 MiB: check what the server sends.</source>
        <translation>O servidor enviou um frame ou mensagem com mais de 1 MiB: verifique o que o servidor envia.</translation>
    </message>
    <message>
        <source>The connection broke: check the network path to the server (or proxy).</source>
        <translation>A conexão caiu: verifique o caminho de rede até o servidor (ou proxy).</translation>
    </message>
    <message>
        <source>Check uri, the proxy and TLS options, and the event log for details.</source>
        <translation>Verifique uri, as opções de proxy e TLS, e o log de eventos para detalhes.</translation>
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
        <translation>Seção exibida</translation>
    </message>
    <message>
        <source>Connect this section</source>
        <translation>Conectar esta seção</translation>
    </message>
    <message>
        <source>Disconnect this section</source>
        <translation>Desconectar esta seção</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>What Asterisk says is wrong</source>
        <translation>O que o Asterisk diz estar errado</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último erro:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>O que verificar:</translation>
    </message>
    <message>
        <source>Last attempt, stage by stage</source>
        <translation>Última tentativa, etapa por etapa</translation>
    </message>
    <message>
        <source>Round-trip time of the last PONGs</source>
        <translation>Tempo de ida e volta dos últimos PONGs</translation>
    </message>
    <message>
        <source>Measured from:</source>
        <translation>Medido a partir de:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentativas:</translation>
    </message>
    <message>
        <source>Unanswered PINGs:</source>
        <translation>PINGs sem resposta:</translation>
    </message>
    <message>
        <source>Last round trip:</source>
        <translation>Último ida e volta:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado do servidor:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Nenhuma seção selecionada</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] não existe mais</translation>
    </message>
    <message>
        <source>[%1] — websocket client</source>
        <translation>[%1] — cliente WebSocket</translation>
    </message>
    <message>
        <source>[%1] — template</source>
        <translation>[%1] — modelo</translation>
    </message>
    <message>
        <source>[%1] — not a websocket client</source>
        <translation>[%1] — não é um cliente WebSocket</translation>
    </message>
    <message>
        <source>[%1] is not a websocket client: nothing to connect</source>
        <translation>[%1] não é um cliente WebSocket: nada a conectar</translation>
    </message>
    <message>
        <source>%1 — Asterisk would not load this section</source>
        <translation>%1 — o Asterisk não carregaria esta seção</translation>
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
        <translation>%1 tentativas, %2 reconexões, %3 falhas seguidas</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 não definido</translation>
    </message>
    <message>
        <source>none: Asterisk would not load this section (as written: %1)</source>
        <translation>nenhum: o Asterisk não carregaria esta seção (como escrito: %1)</translation>
    </message>
    <message>
        <source>%1 of %2 allowed (a PING every %3 s)</source>
        <translation>%1 de %2 permitidos (um PING a cada %3 s)</translation>
    </message>
    <message>
        <source>PING/PONG is off (enable_pingpongs)</source>
        <translation>PING/PONG está desligado (enable_pingpongs)</translation>
    </message>
    <message>
        <source>none (no TLS)</source>
        <translation>nenhum (sem TLS)</translation>
    </message>
    <message>
        <source>%1
issued by %2
expires %3</source>
        <translation>%1
emitido por %2
expira em %3</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>O certificado expirou.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s).</source>
        <translation>
            <numerusform>O certificado expira em %n dia.</numerusform>
            <numerusform>O certificado expira em %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the lines named above in the Raw tab as Asterisk&apos;s error says, then save.</source>
        <translation>Corrija as linhas indicadas acima na aba Texto bruto como diz o erro do Asterisk e salve.</translation>
    </message>
    <message>
        <source>Correct %1 as Asterisk&apos;s error says (Go to field), then save.</source>
        <translation>Corrija %1 como diz o erro do Asterisk (Ir para o campo) e salve.</translation>
    </message>
    <message>
        <source>%1 Until then Asterisk leaves this section out.</source>
        <translation>%1 Até lá o Asterisk deixa esta seção de fora.</translation>
    </message>
    <message>
        <source>%1 stage: %2</source>
        <translation>Etapa %1: %2</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (em %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Takes down:</source>
        <translation>Derruba:</translation>
    </message>
    <message>
        <source>nothing in ari.conf or extensions.conf (ARI externalMedia may still use it)</source>
        <translation>nada no ari.conf ou no extensions.conf (o ARI externalMedia ainda pode usá-lo)</translation>
    </message>
    <message>
        <source>Correct the lines named in %1 as Asterisk&apos;s error says, with an editor of those files.</source>
        <translation>Corrija as linhas indicadas em %1 como diz o erro do Asterisk, com um editor desses arquivos.</translation>
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
        <translation>ainda sem PING</translation>
    </message>
    <message>
        <source>Heartbeat: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</source>
        <translation>Heartbeat: %1 %2 &amp;nbsp; %3 %4 &amp;nbsp; %5 %6</translation>
    </message>
    <message>
        <source>Heartbeat legend</source>
        <translation>Legenda do heartbeat</translation>
    </message>
    <message>
        <source>In each row&apos;s heartbeat strip, one bar per PING, newest on the right: green, %1; red, %2; grey, %3.</source>
        <translation>Na faixa de heartbeat de cada linha, uma barra por PING, a mais recente à direita: verde, %1; vermelho, %2; cinza, %3.</translation>
    </message>
</context>
<context>
    <name>wscm::MainWindow</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
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
        <translation>Abrir um arquivo de configuração num PBX acessado por SSH</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer %1</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>&amp;Adicionar seção…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Section…</source>
        <translation>D&amp;uplicar seção…</translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation>&amp;Renomear seção…</translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation>&amp;Excluir seção</translation>
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
        <translation>Testar alterações não sal&amp;vas</translation>
    </message>
    <message>
        <source>Connections run the saved file; checked, they run your unsaved edits, restarted once typing pauses</source>
        <translation>As conexões usam o arquivo salvo; marcado, usam suas alterações não salvas, reiniciadas quando a digitação pausa</translation>
    </message>
    <message>
        <source>Show &amp;Changes Before Saving</source>
        <translation>Mostrar a&amp;lterações antes de salvar</translation>
    </message>
    <message>
        <source>&amp;Notify When a Connection Drops (Tray Icon)</source>
        <translation>&amp;Notificar quando uma conexão cair (ícone na bandeja)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este desktop não tem bandeja do sistema.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language shows when wscm starts next.</source>
        <translation>O novo idioma aparece na próxima vez que o wscm iniciar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Seção</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>About wscm</source>
        <translation>Sobre o wscm</translation>
    </message>
    <message>
        <source>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Edit, check and watch the connections of Asterisk&apos;s websocket_client.conf.&lt;/p&gt;</source>
        <translation>&lt;b&gt;WebSocket Client Manager %1&lt;/b&gt;&lt;p&gt;Edite, verifique e acompanhe as conexões do websocket_client.conf do Asterisk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>C&amp;onexões</translation>
    </message>
    <message>
        <source>Te&amp;mplates and other sections</source>
        <translation>&amp;Modelos e outras seções</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Con&amp;figurações</translation>
    </message>
    <message>
        <source>Hea&amp;lth</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>Texto &amp;bruto</translation>
    </message>
    <message>
        <source>Section views</source>
        <translation>Visões da seção</translation>
    </message>
    <message>
        <source>Connection summary</source>
        <translation>Resumo das conexões</translation>
    </message>
    <message>
        <source>%1[*] — WebSocket Client Manager</source>
        <translation>%1[*] — WebSocket Client Manager</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 em %2 (%3)</translation>
    </message>
    <message>
        <source> — Asterisk would reject the whole file</source>
        <translation> — o Asterisk rejeitaria o arquivo inteiro</translation>
    </message>
    <message numerus="yes">
        <source> — %n trying unsaved changes</source>
        <translation>
            <numerusform> — %n testando alterações não salvas</numerusform>
            <numerusform> — %n testando alterações não salvas</numerusform>
        </translation>
    </message>
    <message>
        <source> — measured from %1</source>
        <translation> — medido a partir de %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Não foi possível abrir</translation>
    </message>
    <message>
        <source>Save As — on this computer</source>
        <translation>Salvar como — neste computador</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Throw away every change since %1 was last saved?</source>
        <translation>Descartar todas as alterações desde que %1 foi salvo pela última vez?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Não foi possível reverter</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Não foi possível recarregar</translation>
    </message>
    <message>
        <source>Add section [%1]</source>
        <translation>Adicionar seção [%1]</translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation>Duplicar seção</translation>
    </message>
    <message>
        <source>Name of the copy of [%1]:</source>
        <translation>Nome da cópia de [%1]:</translation>
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
        <translation>Renomear seção</translation>
    </message>
    <message>
        <source>New name for [%1]:</source>
        <translation>Novo nome para [%1]:</translation>
    </message>
    <message>
        <source>Rename [%1] to [%2]</source>
        <translation>Renomear [%1] para [%2]</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Excluir seção</translation>
    </message>
    <message>
        <source>Delete [%1] and all its lines? (Undo brings it back.)</source>
        <translation>Excluir [%1] e todas as suas linhas? (Desfazer a traz de volta.)</translation>
    </message>
    <message>
        <source>Delete [%1]</source>
        <translation>Excluir [%1]</translation>
    </message>
    <message>
        <source>Probing from %1 (%2 there)</source>
        <translation>Medindo a partir de %1 (%2 lá)</translation>
    </message>
    <message>
        <source>Cannot probe from %1</source>
        <translation>Não foi possível medir a partir de %1</translation>
    </message>
    <message>
        <source>Probe from this computer?</source>
        <translation>Medir a partir deste computador?</translation>
    </message>
    <message>
        <source>%1

Probe from this computer instead? Its network path (proxy, firewall, DNS, certificate store) may not be the PBX&apos;s; the health is then labelled &quot;measured from this computer&quot;.</source>
        <translation>%1

Medir a partir deste computador? O caminho de rede dele (proxy, firewall, DNS, repositório de certificados) pode não ser o do PBX; o estado passa a dizer “medido a partir deste computador”.</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Salvar e a&amp;plicar</translation>
    </message>
    <message>
        <source>Save, then reload res_websocket_client in Asterisk where the file is, and confirm what it loaded</source>
        <translation>Salvar, depois recarregar o res_websocket_client no Asterisk onde o arquivo está, e confirmar o que ele carregou</translation>
    </message>
    <message>
        <source>Connect with Dial &amp;String…</source>
        <translation>Conectar com dial &amp;string…</translation>
    </message>
    <message>
        <source>Save and Apply</source>
        <translation>Salvar e aplicar</translation>
    </message>
    <message>
        <source>Save the file where Asterisk reads it first (File &gt; Save As), then apply it.</source>
        <translation>Salve primeiro o arquivo onde o Asterisk o lê (Arquivo &gt; Salvar como), depois aplique-o.</translation>
    </message>
    <message>
        <source>Apply despite errors</source>
        <translation>Aplicar apesar dos erros</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s). Asterisk keeps the old version of an invalid section, or refuses the whole file. Save and reload anyway?</source>
        <translation>
            <numerusform>%1 tem %n erro. O Asterisk mantém a versão antiga de uma seção inválida, ou recusa o arquivo inteiro. Salvar e recarregar mesmo assim?</numerusform>
            <numerusform>%1 tem %n erros. O Asterisk mantém a versão antiga de uma seção inválida, ou recusa o arquivo inteiro. Salvar e recarregar mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Reloading Asterisk on %1…</source>
        <translation>Recarregando o Asterisk em %1…</translation>
    </message>
    <message>
        <source>Cannot rename the references to [%1]</source>
        <translation>Não foi possível renomear as referências a [%1]</translation>
    </message>
    <message>
        <source>%1

Reload the file to read them again; nothing was written.</source>
        <translation>%1

Recarregue o arquivo para lê-las de novo; nada foi gravado.</translation>
    </message>
    <message>
        <source>Not every reference to [%1] was renamed</source>
        <translation>Nem todas as referências a [%1] foram renomeadas</translation>
    </message>
    <message>
        <source>%1

A file that was not written holds what it held before.</source>
        <translation>%1

Um arquivo que não foi gravado mantém o que tinha antes.</translation>
    </message>
    <message>
        <source>Renamed [%1] to [%2] in %3; save to rename it in %4 too</source>
        <translation>[%1] renomeado para [%2] em %3; salve para renomeá-lo também em %4</translation>
    </message>
    <message>
        <source>Connect with Dial String</source>
        <translation>Conectar com dial string</translation>
    </message>
    <message>
        <source>Dial string, as Dial() is given it (WebSocket/&lt;id&gt;[/options]):</source>
        <translation>Dial string, como o Dial() a recebe (WebSocket/&lt;id&gt;[/opções]):</translation>
    </message>
    <message>
        <source>The probe on the PBX runs the saved sections; run `wscm probe --dial` there, or probe from this computer.</source>
        <translation>A medição no PBX usa as seções salvas; rode `wscm probe --dial` lá, ou meça a partir deste computador.</translation>
    </message>
    <message>
        <source>Asterisk would fail this call</source>
        <translation>O Asterisk faria esta chamada falhar</translation>
    </message>
    <message>
        <source>[%1] connects to %2 as this call would</source>
        <translation>[%1] conecta a %2 como esta chamada faria</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Mais comandos</translation>
    </message>
    <message>
        <source> — 1 finding in ari.conf or extensions.conf about no client</source>
        <translation> — 1 achado no ari.conf ou no extensions.conf sobre nenhum cliente</translation>
    </message>
    <message>
        <source> — %1 findings in ari.conf or extensions.conf about no client</source>
        <translation> — %1 achados no ari.conf ou no extensions.conf sobre nenhum cliente</translation>
    </message>
</context>
<context>
    <name>wscm::NeighbourViewer</name>
    <message>
        <source>%1, line %2 (read-only)</source>
        <translation>%1, linha %2 (somente leitura)</translation>
    </message>
    <message>
        <source>%1 — read-only; wscm changes it only when you rename a client</source>
        <translation>%1 — somente leitura; o wscm só o altera quando você renomeia um cliente</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, somente leitura</translation>
    </message>
</context>
<context>
    <name>wscm::NewSectionDialog</name>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Adicionar seção</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Section name</source>
        <translation>Nome da seção</translation>
    </message>
    <message>
        <source>A template is never a connection itself; other sections inherit its options</source>
        <translation>Um modelo nunca é uma conexão por si só; outras seções herdam as opções dele</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Based on template</source>
        <translation>Baseada no modelo</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Baseada em:</translation>
    </message>
</context>
<context>
    <name>wscm::OptionField</name>
    <message>
        <source>Override</source>
        <translation>Sobrescrever</translation>
    </message>
    <message>
        <source>Set the inherited value in this section, to change it here</source>
        <translation>Definir o valor herdado nesta seção, para alterá-lo aqui</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Sobrescrever %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Remove this section&apos;s own value: the inherited or default value applies again</source>
        <translation>Remover o valor próprio desta seção: o valor herdado ou padrão volta a valer</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Limpar %1</translation>
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
        <translation>Mostrar ou ocultar o segredo</translation>
    </message>
    <message>
        <source>Show or hide the password in the URI (to edit it)</source>
        <translation>Mostrar ou ocultar a senha na URI (para editá-la)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Procurar %1</translation>
    </message>
    <message>
        <source>inherited (hidden)</source>
        <translation>herdado (oculto)</translation>
    </message>
    <message>
        <source>from [%1]</source>
        <translation>de [%1]</translation>
    </message>
    <message>
        <source>Inherited from template [%1]</source>
        <translation>Herdado do modelo [%1]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Erro do Asterisk: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Aviso do wscm: %1</translation>
    </message>
</context>
<context>
    <name>wscm::OptionSchema</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
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
        <translation>Reconexão</translation>
    </message>
    <message>
        <source>Marks the section as a WebSocket client; must be websocket_client.</source>
        <translation>Marca a seção como cliente WebSocket; deve ser websocket_client.</translation>
    </message>
    <message>
        <source>Address of the remote server: ws:// or wss://host[:port][/path][?query].</source>
        <translation>Endereço do servidor remoto: ws:// ou wss://host[:porta][/caminho][?query].</translation>
    </message>
    <message>
        <source>Comma-separated subprotocols offered in Sec-WebSocket-Protocol; the server must pick one.</source>
        <translation>Subprotocolos separados por vírgula, oferecidos em Sec-WebSocket-Protocol; o servidor deve escolher um.</translation>
    </message>
    <message>
        <source>persistent keeps one connection open; per_call_config opens one per call.</source>
        <translation>persistent mantém uma conexão aberta; per_call_config abre uma por chamada.</translation>
    </message>
    <message>
        <source>TCP connect timeout; proxy and upgrade replies are each awaited up to twice this.</source>
        <translation>Timeout de conexão TCP; as respostas do proxy e do upgrade são aguardadas, cada uma, até o dobro disso.</translation>
    </message>
    <message>
        <source>User name sent with password as HTTP Basic authorization on the upgrade.</source>
        <translation>Nome de usuário enviado com password como autorização HTTP Basic no upgrade.</translation>
    </message>
    <message>
        <source>Password for username; a secret, redacted in every output.</source>
        <translation>Senha de username; um segredo, ocultado em toda saída.</translation>
    </message>
    <message>
        <source>Run TLS to the WebSocket server; the URI scheme alone does not turn it on.</source>
        <translation>Usar TLS até o servidor WebSocket; o esquema da URI sozinho não o liga.</translation>
    </message>
    <message>
        <source>PEM bundle of certificate authorities trusted for the server certificate.</source>
        <translation>Pacote PEM de autoridades certificadoras confiáveis para o certificado do servidor.</translation>
    </message>
    <message>
        <source>Folder of hashed CA certificates, as an alternative to ca_list_file.</source>
        <translation>Pasta de certificados de CA com hash, como alternativa a ca_list_file.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Certificado de cliente (PEM) para servidores que pedem um.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Chave privada (PEM) do certificado de cliente.</translation>
    </message>
    <message>
        <source>Check that the server certificate chains to a trusted CA; no accepts any certificate.</source>
        <translation>Verificar se o certificado do servidor encadeia até uma CA confiável; no aceita qualquer certificado.</translation>
    </message>
    <message>
        <source>Check that the certificate names the host in the URI; no forgives a mismatch.</source>
        <translation>Verificar se o certificado nomeia o host da URI; no perdoa uma divergência.</translation>
    </message>
    <message>
        <source>HTTP forward proxy as host:port, reached with CONNECT; the port is required.</source>
        <translation>Proxy HTTP de encaminhamento como host:porta, acessado com CONNECT; a porta é obrigatória.</translation>
    </message>
    <message>
        <source>User name for Proxy-Authorization: Basic; sent only with proxy_password.</source>
        <translation>Nome de usuário para Proxy-Authorization: Basic; enviado só junto com proxy_password.</translation>
    </message>
    <message>
        <source>Password for the proxy; a secret, and always sent to the proxy in clear text.</source>
        <translation>Senha do proxy; um segredo, e sempre enviado ao proxy em texto puro.</translation>
    </message>
    <message>
        <source>Let the kernel probe an idle connection (SO_KEEPALIVE).</source>
        <translation>Deixar o kernel sondar uma conexão ociosa (SO_KEEPALIVE).</translation>
    </message>
    <message>
        <source>Idle seconds before the first keepalive probe (TCP_KEEPIDLE).</source>
        <translation>Segundos ociosos antes da primeira sonda de keepalive (TCP_KEEPIDLE).</translation>
    </message>
    <message>
        <source>Seconds between keepalive probes (TCP_KEEPINTVL).</source>
        <translation>Segundos entre sondas de keepalive (TCP_KEEPINTVL).</translation>
    </message>
    <message>
        <source>Unanswered probes before the kernel drops the connection (TCP_KEEPCNT).</source>
        <translation>Sondas sem resposta antes de o kernel derrubar a conexão (TCP_KEEPCNT).</translation>
    </message>
    <message>
        <source>Send WebSocket PINGs and close the connection when PONGs stop coming.</source>
        <translation>Enviar PINGs WebSocket e fechar a conexão quando os PONGs pararem de chegar.</translation>
    </message>
    <message>
        <source>Seconds between PINGs.</source>
        <translation>Segundos entre PINGs.</translation>
    </message>
    <message>
        <source>Unanswered PINGs after which the connection is closed.</source>
        <translation>PINGs sem resposta após os quais a conexão é fechada.</translation>
    </message>
    <message>
        <source>Wait between connection attempts.</source>
        <translation>Espera entre tentativas de conexão.</translation>
    </message>
    <message>
        <source>per_call_config: attempts before giving up; persistent: failures between warnings.</source>
        <translation>per_call_config: tentativas antes de desistir; persistent: falhas entre avisos.</translation>
    </message>
</context>
<context>
    <name>wscm::ProblemList</name>
    <message>
        <source>Go to field</source>
        <translation>Ir para o campo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Go to field %1</source>
        <translation>Ir para o campo %1</translation>
    </message>
    <message>
        <source>Show and focus %1 in the Settings tab</source>
        <translation>Mostrar e focar %1 na aba Configurações</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, listed in the Raw tab</source>
        <translation>
            <numerusform>… e mais %n, listado na aba Texto bruto</numerusform>
            <numerusform>… e mais %n, listados na aba Texto bruto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wscm::RawEditor</name>
    <message>
        <source>Sho&amp;w secrets</source>
        <translation>Mostrar segre&amp;dos</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ap&amp;licar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Desca&amp;rtar</translation>
    </message>
    <message>
        <source>Insert &amp;Tab Character</source>
        <translation>Inserir caractere de &amp;tabulação</translation>
    </message>
    <message>
        <source>Show the passwords in the text; while hidden, their lines cannot be edited here</source>
        <translation>Mostrar as senhas no texto; enquanto ocultas, as linhas delas não podem ser editadas aqui</translation>
    </message>
    <message>
        <source>Apply the text to the document (Ctrl+Return)</source>
        <translation>Aplicar o texto ao documento (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Throw away the text edits made here</source>
        <translation>Descartar as edições de texto feitas aqui</translation>
    </message>
    <message>
        <source>Raw file text</source>
        <translation>Texto bruto do arquivo</translation>
    </message>
    <message>
        <source>Tab moves to the next control; %1 types a tab character.</source>
        <translation>Tab vai para o próximo controle; %1 digita um caractere de tabulação.</translation>
    </message>
    <message>
        <source>Findings in the file</source>
        <translation>Achados no arquivo</translation>
    </message>
    <message>
        <source>This file is not plain UTF-8 text (or holds a carriage return or separator a text editor would turn into a line break); it is shown read-only so that saving keeps its bytes.</source>
        <translation>Este arquivo não é texto UTF-8 simples (ou contém um retorno de carro ou separador que um editor de texto transformaria em quebra de linha); ele é exibido somente para leitura para que salvar preserve seus bytes.</translation>
    </message>
    <message>
        <source>The file with its secrets hidden, read-only: check “Show secrets” to edit it here.</source>
        <translation>O arquivo com os segredos ocultos, somente leitura: marque “Mostrar segredos” para editá-lo aqui.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved.</source>
        <translation>O arquivo exatamente como será salvo.</translation>
    </message>
    <message>
        <source>The file exactly as it will be saved, secrets hidden.</source>
        <translation>O arquivo exatamente como será salvo, com segredos ocultos.</translation>
    </message>
    <message>
        <source>Line %1 holds a hidden secret that was changed or copied; check “Show secrets” before editing such lines.</source>
        <translation>A linha %1 contém um segredo oculto que foi alterado ou copiado; marque “Mostrar segredos” antes de editar essas linhas.</translation>
    </message>
    <message>
        <source>This line holds a hidden secret: check “Show secrets” to edit it.</source>
        <translation>Esta linha contém um segredo oculto: marque “Mostrar segredos” para editá-la.</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>linha %1: %2: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Edit raw text</source>
        <translation>Editar texto bruto</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadApply</name>
    <message>
        <source>Asterisk on %1 answered: %2</source>
        <translation>O Asterisk em %1 respondeu: %2</translation>
    </message>
    <message>
        <source>The next prediction cannot use this apply: %1</source>
        <translation>A próxima previsão não pode usar esta aplicação: %1</translation>
    </message>
    <message>
        <source>Confirming through %1.</source>
        <translation>Confirmando pelo %1.</translation>
    </message>
    <message>
        <source>Not confirming through ARI: %1.</source>
        <translation>Sem confirmação pelo ARI: %1.</translation>
    </message>
    <message>
        <source>the log file %1 (logger.conf: %2) does not exist</source>
        <translation>o arquivo de log %1 (logger.conf: %2) não existe</translation>
    </message>
    <message>
        <source>the log file %1 cannot be read by this user: run wscm as a user who may read it (root or the asterisk group)</source>
        <translation>este usuário não consegue ler o arquivo de log %1: rode o wscm com um usuário que possa lê-lo (root ou o grupo asterisk)</translation>
    </message>
    <message>
        <source>the size of the log file %1 cannot be read (%2)</source>
        <translation>não foi possível ler o tamanho do arquivo de log %1 (%2)</translation>
    </message>
    <message>
        <source>ARI cannot be asked: %1.</source>
        <translation>Não foi possível consultar o ARI: %1.</translation>
    </message>
    <message>
        <source>no ARI (%1), and no log to read (%2)</source>
        <translation>sem ARI (%1), e sem log para ler (%2)</translation>
    </message>
    <message>
        <source>Reading what Asterisk logged in %1 (logger.conf: %2).</source>
        <translation>Lendo o que o Asterisk logou em %1 (logger.conf: %2).</translation>
    </message>
    <message>
        <source>no ARI (%1), and the log file %2 cannot be read after the reload (%3)</source>
        <translation>sem ARI (%1), e o arquivo de log %2 não pode ser lido após o reload (%3)</translation>
    </message>
    <message>
        <source>no ARI (%1), and %2</source>
        <translation>sem ARI (%1), e %2</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadConfirmation</name>
    <message>
        <source>[%1]: predicted loaded, Asterisk has no such object</source>
        <translation>[%1]: previsto como carregado, o Asterisk não tem esse objeto</translation>
    </message>
    <message>
        <source>[%1] %2: Asterisk has another value than predicted (secret: values not shown)</source>
        <translation>[%1] %2: o Asterisk tem outro valor que o previsto (segredo: valores não exibidos)</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk shows no such field</source>
        <translation>[%1] %2: previsto &apos;%3&apos;, o Asterisk não mostra esse campo</translation>
    </message>
    <message>
        <source>[%1] %2: predicted &apos;%3&apos;, Asterisk has &apos;%4&apos;</source>
        <translation>[%1] %2: previsto &apos;%3&apos;, o Asterisk tem &apos;%4&apos;</translation>
    </message>
    <message>
        <source>[%1]: predicted removed, Asterisk still has it</source>
        <translation>[%1]: previsto como removido, o Asterisk ainda o tem</translation>
    </message>
    <message>
        <source>Asterisk loaded %1 client%2 as predicted</source>
        <translation>O Asterisk carregou %1 cliente%2 como previsto</translation>
    </message>
    <message>
        <source>; it refused the file (line %1) and kept every old object</source>
        <translation>; recusou o arquivo (linha %1) e manteve todos os objetos antigos</translation>
    </message>
    <message>
        <source>; kept the old [%1] (line %2)</source>
        <translation>; manteve o [%1] antigo (linha %2)</translation>
    </message>
    <message>
        <source>; [%1] is gone</source>
        <translation>; [%1] sumiu</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadLogCheck</name>
    <message>
        <source>the log shows no reload of res_websocket_client (its line &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; did not appear; Asterisk writes it only at verbose level 3 or more)</source>
        <translation>o log não mostra nenhum reload do res_websocket_client (a linha &quot;Reloading module &apos;res_websocket_client.so&apos;&quot; não apareceu; o Asterisk só a escreve com verbose nível 3 ou mais)</translation>
    </message>
    <message>
        <source>the log shows no line of this reload, and takes no VERBOSE messages where Asterisk names the reload: add verbose to the log file&apos;s levels in logger.conf</source>
        <translation>o log não mostra nenhuma linha deste reload e não recebe mensagens VERBOSE, onde o Asterisk nomeia o reload: acrescente verbose aos níveis do arquivo de log no logger.conf</translation>
    </message>
    <message>
        <source>predicted the file refused (line %1), the log shows no refusal</source>
        <translation>previsto o arquivo recusado (linha %1), o log não mostra recusa</translation>
    </message>
    <message>
        <source>predicted the file loaded, the log says Asterisk refused it</source>
        <translation>previsto o arquivo carregado, o log diz que o Asterisk o recusou</translation>
    </message>
    <message>
        <source>[%1]: predicted the old object kept, the log does not say it was retained</source>
        <translation>[%1]: previsto o objeto antigo mantido, o log não diz que ele foi mantido</translation>
    </message>
    <message>
        <source>[%1]: the log says its old object was retained, the prediction did not</source>
        <translation>[%1]: o log diz que o objeto antigo foi mantido, a previsão não</translation>
    </message>
    <message>
        <source>[%1]: predicted loaded, the log says Asterisk could not create it</source>
        <translation>[%1]: previsto como carregado, o log diz que o Asterisk não conseguiu criá-lo</translation>
    </message>
    <message>
        <source>it refused the file and kept every old object</source>
        <translation>recusou o arquivo e manteve todos os objetos antigos</translation>
    </message>
    <message>
        <source>kept the old %1</source>
        <translation>manteve o %1 antigo</translation>
    </message>
    <message>
        <source>did not create %1</source>
        <translation>não criou %1</translation>
    </message>
    <message>
        <source>it rejected no section</source>
        <translation>não rejeitou nenhuma seção</translation>
    </message>
    <message>
        <source>Asterisk&apos;s log agrees with the prediction: %1. The log does not show field values: those are not confirmed (ARI would show them)</source>
        <translation>O log do Asterisk confere com a previsão: %1. O log não mostra valores de campos: esses não estão confirmados (o ARI os mostraria)</translation>
    </message>
    <message>
        <source>also kept an old %1 from a file applied before the last one (wscm remembers only the last)</source>
        <translation>também manteve um %1 antigo de um arquivo aplicado antes do último (o wscm só lembra o último)</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadPrediction</name>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays as it is</source>
        <translation>O websocket de saída do ARI %1 fica como está</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 reconnects with the new [%2]</source>
        <translation>O websocket de saída do ARI %1 reconecta com o novo [%2]</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 takes the new timing of [%2] without reconnecting</source>
        <translation>O websocket de saída do ARI %1 adota os novos tempos de [%2] sem reconectar</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays on the OLD [%2]</source>
        <translation>O websocket de saída do ARI %1 fica no [%2] ANTIGO</translation>
    </message>
    <message>
        <source>ARI&apos;s outbound websocket %1 stays connected through [%2], which the reload removes</source>
        <translation>O websocket de saída do ARI %1 continua conectado via [%2], que o reload remove</translation>
    </message>
    <message>
        <source>what ARI&apos;s outbound websocket %1 does is not known: [%2] was not loaded before</source>
        <translation>não se sabe o que o websocket de saída do ARI %1 fará: [%2] não estava carregado antes</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: the file cannot be loaded (%1)</source>
        <translation>Após um reload o Asterisk não mudará nada: o arquivo não pode ser carregado (%1)</translation>
    </message>
    <message>
        <source>After a reload Asterisk will change nothing: every client stays as it is</source>
        <translation>Após um reload o Asterisk não mudará nada: todos os clientes ficam como estão</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>adicionar %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>alterar %1</translation>
    </message>
    <message>
        <source>keep the OLD [%1], because the new one is invalid (%2)</source>
        <translation>manter o [%1] ANTIGO, porque o novo é inválido (%2)</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>remover %1</translation>
    </message>
    <message>
        <source>After a reload Asterisk will %1</source>
        <translation>Após um reload o Asterisk vai %1</translation>
    </message>
</context>
<context>
    <name>wscm::ReloadRunner</name>
    <message>
        <source>No file known as loaded: no earlier apply of %1 is recorded here, so this assumes Asterisk has loaded no client yet.</source>
        <translation>Nenhum arquivo conhecido como carregado: nenhuma aplicação anterior de %1 está registrada aqui, então assume-se que o Asterisk ainda não carregou nenhum cliente.</translation>
    </message>
    <message>
        <source>No file known as loaded: the copy of the last apply cannot be read (%1).</source>
        <translation>Nenhum arquivo conhecido como carregado: não foi possível ler a cópia da última aplicação (%1).</translation>
    </message>
    <message>
        <source>Applied as predicted</source>
        <translation>Aplicado como previsto</translation>
    </message>
    <message>
        <source>Reloaded, not confirmed</source>
        <translation>Recarregado, não confirmado</translation>
    </message>
    <message>
        <source>Asterisk reloaded the file; what it loaded is not confirmed: %1.</source>
        <translation>O Asterisk recarregou o arquivo; o que ele carregou não está confirmado: %1.</translation>
    </message>
    <message>
        <source>Asterisk contradicts the prediction</source>
        <translation>O Asterisk contradiz a previsão</translation>
    </message>
    <message>
        <source>Asterisk reloaded, but CONTRADICTS the prediction:
%1

This is a wscm bug: please report it with the file and these lines.</source>
        <translation>O Asterisk recarregou, mas CONTRADIZ a previsão:
%1

Isto é um bug do wscm: informe-o com o arquivo e estas linhas.</translation>
    </message>
    <message>
        <source>Saved, not reloaded</source>
        <translation>Salvo, não recarregado</translation>
    </message>
    <message>
        <source>The file is saved. %1</source>
        <translation>O arquivo está salvo. %1</translation>
    </message>
    <message>
        <source>Reloaded; the log agrees</source>
        <translation>Recarregado; o log confere</translation>
    </message>
</context>
<context>
    <name>wscm::RttChart</name>
    <message>
        <source>Round-trip times of the last PONGs</source>
        <translation>Tempos de ida e volta dos últimos PONGs</translation>
    </message>
    <message>
        <source>No PONGs yet</source>
        <translation>Ainda sem PONGs</translation>
    </message>
    <message numerus="yes">
        <source>%n samples, last %1</source>
        <translation>
            <numerusform>%n amostra, última %1</numerusform>
            <numerusform>%n amostras, última %1</numerusform>
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
        <translation>%1 foi alterado</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it.</source>
        <translation>%1 foi alterado por outra pessoa desde que você o abriu.</translation>
    </message>
    <message>
        <source>Your edits can be reapplied to their version: only the lines you changed are written, theirs stay as they are.</source>
        <translation>Suas alterações podem ser reaplicadas à versão dela: só as linhas que você alterou são gravadas, as outras ficam como estão.</translation>
    </message>
    <message>
        <source>You both changed the same lines, so your edits cannot be reapplied to their version. Overwrite it with yours, or cancel and reload the file (File › Revert) to make your edits again.</source>
        <translation>Vocês dois alteraram as mesmas linhas, então suas alterações não podem ser reaplicadas à versão dela. Sobrescreva-a com a sua, ou cancele e recarregue o arquivo (Arquivo › Reverter) para refazer suas alterações.</translation>
    </message>
    <message>
        <source>Changes with your edits reapplied</source>
        <translation>Alterações com suas edições reaplicadas</translation>
    </message>
    <message>
        <source>&amp;Merged</source>
        <translation>&amp;Mesclado</translation>
    </message>
    <message>
        <source>Lines changed on both sides</source>
        <translation>Linhas alteradas dos dois lados</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>Con&amp;flitos</translation>
    </message>
    <message>
        <source>Changes if overwritten</source>
        <translation>Alterações se sobrescrever</translation>
    </message>
    <message>
        <source>&amp;If overwritten</source>
        <translation>&amp;Se sobrescrever</translation>
    </message>
    <message>
        <source>&amp;Reapply my edits and save</source>
        <translation>&amp;Reaplicar minhas alterações e salvar</translation>
    </message>
    <message>
        <source>&amp;Overwrite their changes</source>
        <translation>S&amp;obrescrever as alterações dela</translation>
    </message>
</context>
<context>
    <name>wscm::SaveDiffDialog</name>
    <message>
        <source>&amp;Don&apos;t show changes before saving again</source>
        <translation>&amp;Não mostrar mais as alterações antes de salvar</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salvar %1</translation>
    </message>
    <message>
        <source>Saving changes these lines of %1 (- removed, + added):</source>
        <translation>Salvar altera estas linhas de %1 (- removidas, + adicionadas):</translation>
    </message>
    <message>
        <source>Changes to be saved</source>
        <translation>Alterações a salvar</translation>
    </message>
    <message>
        <source>Then Asterisk reloads res_websocket_client. wscm predicts:</source>
        <translation>Então o Asterisk recarrega o res_websocket_client. O wscm prevê:</translation>
    </message>
    <message>
        <source>Reload prediction</source>
        <translation>Previsão do reload</translation>
    </message>
    <message>
        <source>Save and A&amp;pply</source>
        <translation>Salvar e a&amp;plicar</translation>
    </message>
    <message>
        <source>%1 (- removed, + added):</source>
        <translation>%1 (- removidas, + adicionadas):</translation>
    </message>
    <message>
        <source>Changes to be saved in %1</source>
        <translation>Alterações a salvar em %1</translation>
    </message>
    <message>
        <source>&amp;Save the File</source>
        <translation>&amp;Salvar o arquivo</translation>
    </message>
    <message>
        <source>&amp;Save %1 Files</source>
        <translation>&amp;Salvar %1 arquivos</translation>
    </message>
    <message>
        <source>&amp;Leave Them As They Are</source>
        <translation>&amp;Deixá-los como estão</translation>
    </message>
</context>
<context>
    <name>wscm::SectionListModel</name>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (modelo)</translation>
    </message>
    <message>
        <source>%1 (not a websocket client)</source>
        <translation>%1 (não é um cliente WebSocket)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outra</translation>
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
            <numerusform>%n instável</numerusform>
            <numerusform>%n instáveis</numerusform>
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
            <numerusform>%n tentando de novo</numerusform>
            <numerusform>%n tentando de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gave up</source>
        <translation>
            <numerusform>%n desistiu</numerusform>
            <numerusform>%n desistiram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <translation>
            <numerusform>%n não conectada</numerusform>
            <numerusform>%n não conectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n inválida</numerusform>
            <numerusform>%n inválidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No websocket client sections</source>
        <translation>Nenhuma seção de cliente WebSocket</translation>
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
        <translation>%1 não está definido</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation>linha %1 de %2</translation>
    </message>
    <message>
        <source>Asterisk&apos;s error: %1</source>
        <translation>Erro do Asterisk: %1</translation>
    </message>
    <message>
        <source>wscm&apos;s warning: %1</source>
        <translation>Aviso do wscm: %1</translation>
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
            <numerusform>%1: caiu %n vez</numerusform>
            <numerusform>%1: caiu %n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, dropped %n×</source>
        <translation>
            <numerusform>%1: %2, caiu %n vez</numerusform>
            <numerusform>%1: %2, caiu %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (line %3)</source>
        <translation>%1: %2 (linha %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (linha %2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectada</translation>
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
        <translation>tentando de novo</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instável</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>desistiu</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>HTTP %1 at %2</source>
        <translation>HTTP %1 em %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 (trying unsaved changes)</source>
        <translation>%1 (testando alterações não salvas)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>connected for %1</source>
        <translation>conectada há %1</translation>
    </message>
    <message>
        <source>, last PONG %1</source>
        <translation>, último PONG há %1</translation>
    </message>
    <message numerus="yes">
        <source>unstable: dropped %n× in %1</source>
        <translation>
            <numerusform>instável: caiu %n vez em %1</numerusform>
            <numerusform>instável: caiu %n vezes em %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, never up longer than %1</source>
        <translation>, nunca ativa por mais de %1</translation>
    </message>
    <message>
        <source>retrying for %1</source>
        <translation>tentando de novo há %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message numerus="yes">
        <source>, failed %n×</source>
        <translation>
            <numerusform>, falhou %n vez</numerusform>
            <numerusform>, falhou %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid: Asterisk would not load it</source>
        <translation>inválida: o Asterisk não a carregaria</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>inválida: %1</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (linha %1)</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more error(s)</source>
        <translation>
            <numerusform>, e mais %n erro</numerusform>
            <numerusform>, e mais %n erros</numerusform>
        </translation>
    </message>
    <message>
        <source> (trying unsaved changes)</source>
        <translation> (testando alterações não salvas)</translation>
    </message>
</context>
<context>
    <name>wscm::SettingsForm</name>
    <message>
        <source>&amp;Template (never an object itself, only inherited from)</source>
        <translation>Mo&amp;delo (nunca um objeto por si só, apenas herdado)</translation>
    </message>
    <message>
        <source>Findings about this section</source>
        <translation>Achados sobre esta seção</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>Section is a template</source>
        <translation>A seção é um modelo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Inherits from templates</source>
        <translation>Herda de modelos</translation>
    </message>
    <message>
        <source>Templates whose options this section copies first, in order, separated by commas</source>
        <translation>Modelos cujas opções esta seção copia primeiro, em ordem, separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Inherits from:</source>
        <translation>&amp;Herda de:</translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation>Nenhuma seção selecionada</translation>
    </message>
    <message>
        <source>[%1] no longer exists</source>
        <translation>[%1] não existe mais</translation>
    </message>
    <message>
        <source>This section is defined in %1; open that file to edit it.</source>
        <translation>Esta seção está definida em %1; abra esse arquivo para editá-la.</translation>
    </message>
    <message numerus="yes">
        <source>Asterisk would not load this section: %n error(s)</source>
        <translation>
            <numerusform>O Asterisk não carregaria esta seção: %n erro</numerusform>
            <numerusform>O Asterisk não carregaria esta seção: %n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear %1 in [%2]</source>
        <translation>Limpar %1 em [%2]</translation>
    </message>
    <message>
        <source>Set %1 in [%2]</source>
        <translation>Definir %1 em [%2]</translation>
    </message>
    <message>
        <source>Change inheritance of [%1]</source>
        <translation>Alterar a herança de [%1]</translation>
    </message>
</context>
<context>
    <name>wscm::StageWaterfall</name>
    <message>
        <source>Stage timings of the last attempt</source>
        <translation>Tempos por etapa da última tentativa</translation>
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
        <translation>resolvendo o host: %1</translation>
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
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
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
        <translation>A conexão [%1] caiu</translation>
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
        <translation>Websocket de saída do ARI %1 (já INVALID)</translation>
    </message>
    <message>
        <source>ARI outbound websocket %1 (apps: %2)</source>
        <translation>Websocket de saída do ARI %1 (apps: %2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1” (%2)</source>
        <translation>Websocket de saída do ARI “%1” (%2)</translation>
    </message>
    <message>
        <source>ARI outbound websocket “%1”, apps %2 (%3)</source>
        <translation>Websocket de saída do ARI “%1”, apps %2 (%3)</translation>
    </message>
    <message>
        <source>Open %1 at line %2: ARI outbound websocket %3</source>
        <translation>Abrir %1 na linha %2: websocket de saída do ARI %3</translation>
    </message>
    <message>
        <source>%1 [%2] %3</source>
        <translation>%1 [%2] %3</translation>
    </message>
    <message>
        <source>Open %1 at line %2: dial string %3 in context %4</source>
        <translation>Abrir %1 na linha %2: dial string %3 no contexto %4</translation>
    </message>
    <message>
        <source>Open %1 at line %2 (read-only)</source>
        <translation>Abrir %1 na linha %2 (somente leitura)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Nothing in ari.conf or extensions.conf uses this client. ARI externalMedia may still name it at run time.</source>
        <translation>Nada no ari.conf ou no extensions.conf usa este cliente. O ARI externalMedia ainda pode nomeá-lo em tempo de execução.</translation>
    </message>
    <message>
        <source>No ari.conf or extensions.conf beside this file: what uses this client is not known here (ARI externalMedia may still name it at run time).</source>
        <translation>Nenhum ari.conf ou extensions.conf ao lado deste arquivo: o que usa este cliente não é conhecido aqui (o ARI externalMedia ainda pode nomeá-lo em tempo de execução).</translation>
    </message>
    <message>
        <source>1 dial string in %1</source>
        <translation>1 dial string em %1</translation>
    </message>
    <message>
        <source>%1 dial strings in %2</source>
        <translation>%1 dial strings em %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>wscm::UserPrompts</name>
    <message>
        <source>Asterisk config files (*.conf);;All files (*)</source>
        <translation>Arquivos de configuração do Asterisk (*.conf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 tem alterações não salvas. Salvá-las primeiro?</translation>
    </message>
    <message>
        <source>Text not applied</source>
        <translation>Texto não aplicado</translation>
    </message>
    <message>
        <source>The text edited in the Raw tab is not applied to the document yet. Apply it, discard it, or stay in the Raw tab?</source>
        <translation>O texto editado na aba Texto bruto ainda não foi aplicado ao documento. Aplicá-lo, descartá-lo ou ficar na aba Texto bruto?</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ap&amp;licar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Desca&amp;rtar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Ficar</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Arquivo alterado no disco</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep editing your version?</source>
        <translation>%1 foi alterado por outro programa. Recarregá-lo e perder suas alterações não salvas, ou continuar editando sua versão?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 foi alterado por outro programa. Recarregá-lo?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Manter minha versão</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2

Save to another file?</source>
        <translation>Não foi possível gravar %1: %2

Salvar em outro arquivo?</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>Abrir configuração</translation>
    </message>
    <message>
        <source>Open remote file</source>
        <translation>Abrir arquivo remoto</translation>
    </message>
    <message>
        <source>A config file on a host you reach with SSH, as
ssh://[user@]host[:port]/etc/asterisk/websocket_client.conf

Your ssh config, keys, agent and known_hosts are used; wscm never asks for a password.</source>
        <translation>Um arquivo de configuração num host acessado por SSH, como
ssh://[usuário@]host[:porta]/etc/asterisk/websocket_client.conf

São usados sua configuração do ssh, chaves, agente e known_hosts; o wscm nunca pede senha.</translation>
    </message>
    <message>
        <source>Rename references to [%1]</source>
        <translation>Renomear as referências a [%1]</translation>
    </message>
    <message>
        <source>These files name [%1]. Rename it to [%2] there too? They are saved now, each whole or not at all; websocket_client.conf keeps [%2] when you save it, and Asterisk needs all of them to agree before it reloads.</source>
        <translation>Estes arquivos nomeiam [%1]. Renomeá-lo para [%2] lá também? Eles são salvos agora, cada um inteiro ou nada; o websocket_client.conf mantém [%2] quando você salvá-lo, e o Asterisk precisa que todos concordem antes de recarregar.</translation>
    </message>
</context>
</TS>
