# Sourced by bin/cluster-test: the load balancer on loopback in front of the instances, HAProxy
# (default) or nginx, its configuration written into the run's directory (docs/operations.md,
# "Running several instances behind a load balancer", shows and explains the same).
# Round robin; a request is retried on another instance only when it never reached one (the
# connection failed), or, for the idempotent methods (GET, HEAD, PUT, DELETE), when the instance
# failed before answering; a POST that reached an instance is never sent again (a scan would be
# audited twice).

qrqg_balancer_pid=

# qrqg_haproxy_config PORT INSTANCE_PORT...: HAProxy's configuration on stdout
qrqg_haproxy_config() {
  local port=$1 i=0 p
  shift
  cat <<EOF
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    # longer than the change feed's longest poll (wait=30s)
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 60s
    option http-keep-alive
    # a connection that failed is tried again, on another instance after the first retry
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 0rtt-rejected
frontend qrqg
    bind 127.0.0.1:$port
    # the platform trusts these from a proxy on a private or loopback address
    # (QRQG_TRUST_PROXY_HEADERS=native): a client's own are dropped, ours set
    http-request del-header X-Forwarded-For
    http-request set-header X-Forwarded-Proto http
    option forwardfor
    default_backend platform
backend platform
    balance roundrobin
    # beyond a connection failure, only an idempotent request is tried again
    http-request disable-l7-retry unless { method GET HEAD PUT DELETE }
    option httpchk GET /actuator/health
    http-check expect status 200
    # out after 2 failed checks 1 s apart, back after 2 good ones; a refused connection counts at once
    default-server inter 1s fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down
EOF
  for p in "$@"; do
    i=$((i + 1))
    echo "    server i$i 127.0.0.1:$p check"
  done
}

# qrqg_nginx_config PORT WORKDIR INSTANCE_PORT...: nginx's configuration on stdout. nginx (the
# open-source one) has no active health checks: an instance is out for 5 s after a failure
qrqg_nginx_config() {
  local port=$1 work=$2 p
  shift 2
  cat <<EOF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/balancer.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    fastcgi_temp_path $work/nginx-fastcgi;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;
    client_max_body_size 16m;
    upstream platform {
        keepalive 64;
EOF
  for p in "$@"; do
    echo "        server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"
  done
  cat <<EOF
    }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://platform;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            # another instance after a failed connection; nginx never passes on a POST it sent
            # (no "non_idempotent" here)
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 3;
        }
    }
}
EOF
}

# qrqg_balancer_start KIND PORT WORKDIR INSTANCE_PORT...: writes WORKDIR/balancer.cfg, starts it
qrqg_balancer_start() {
  local kind=$1 port=$2 work=$3 i
  shift 3
  if [ "$kind" = haproxy ]; then
    qrqg_haproxy_config "$port" "$@" >"$work/balancer.cfg"
    haproxy -c -q -f "$work/balancer.cfg" || { echo "cluster-test: HAProxy refused its configuration" >&2; return 1; }
    haproxy -db -f "$work/balancer.cfg" >"$work/balancer.log" 2>&1 &
  else
    mkdir -p "$work/nginx-body" "$work/nginx-proxy" "$work/nginx-fastcgi" "$work/nginx-uwsgi" "$work/nginx-scgi"
    qrqg_nginx_config "$port" "$work" "$@" >"$work/balancer.cfg"
    nginx -p "$work" -c "$work/balancer.cfg" >>"$work/balancer.log" 2>&1 &
  fi
  qrqg_balancer_pid=$!
  for ((i = 0; i < 30; i++)); do
    if curl -fs --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$qrqg_balancer_pid" 2>/dev/null || break
    sleep 1
  done
  echo "cluster-test: the $kind balancer did not answer on port $port; see $work/balancer.log" >&2
  return 1
}

qrqg_balancer_stop() {
  [ -n "$qrqg_balancer_pid" ] || return 0
  kill -TERM "$qrqg_balancer_pid" 2>/dev/null || true
  wait "$qrqg_balancer_pid" 2>/dev/null || true
  qrqg_balancer_pid=
}
