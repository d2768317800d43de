//! `kubectl describe` (deployment, rs, pod, node; lists, selectors, errors) in both version
//! profiles, checked against the real kubectl's output.
//!
//! The `G1xx_*` constants are goldens recorded from the real kubectl 1.33.1 / 1.28.15
//! (`shared/oracle/golden-v1.33|golden-v1.28`, copied byte for byte). The states here are
//! built through kubeplay's public API, so a golden is compared after masking only what
//! must differ: RFC 1123Z dates (same width), and the names, hashes, IPs and ids kubeplay
//! generated (substituted into the golden; they sit in trailing cells, so the alignment is
//! untouched). Everything else — field order, labels, every space of the tab alignment —
//! must be identical. Outputs of whole scenarios were also diffed against the real kubectl
//! with `scripts/oracle-diff.sh` (same objects served by the oracle's fake API server).

use kubeplay_core::kubectl::{self, describe::describe_pod_template};
use kubeplay_core::{Cluster, ClusterConfig, Profile};

/// `shared/oracle/golden-v1.33/a-complete__describe-deployment.txt` (stdout), byte for byte.
const G133_A_DEPLOY: &str = r#"Name:                   nginx-deploy
Namespace:              default
CreationTimestamp:      Sun, 22 Nov 2026 00:42:16 +0000
Labels:                 role=deploy
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=nginx
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=nginx
  Containers:
   nginx:
    Image:         nginx:latest
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   nginx-deploy-cd55c47f5 (3/3 replicas created)
Events:
  Type    Reason             Age    From                   Message
  ----    ------             ----   ----                   -------
  Normal  ScalingReplicaSet  2m19s  deployment-controller  Scaled up replica set nginx-deploy-cd55c47f5 from 0 to 3
"#;

/// `shared/oracle/golden-v1.28/a-complete-oldwording__describe-deployment.txt` (stdout), byte for byte.
const G128_A_DEPLOY_OLDWORDING: &str = r#"Name:                   nginx-deploy
Namespace:              default
CreationTimestamp:      Sun, 22 Nov 2026 00:39:02 +0000
Labels:                 role=deploy
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=nginx
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=nginx
  Containers:
   nginx:
    Image:        nginx:latest
    Port:         80/TCP
    Host Port:    0/TCP
    Environment:  <none>
    Mounts:       <none>
  Volumes:        <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   nginx-deploy-cd55c47f5 (3/3 replicas created)
Events:
  Type    Reason             Age    From                   Message
  ----    ------             ----   ----                   -------
  Normal  ScalingReplicaSet  2m19s  deployment-controller  Scaled up replica set nginx-deploy-cd55c47f5 to 3
"#;

/// `shared/oracle/golden-v1.33/a-complete__describe-rs.txt` (stdout), byte for byte.
const G133_A_RS: &str = r#"Name:           nginx-deploy-cd55c47f5
Namespace:      default
Selector:       app=nginx,pod-template-hash=cd55c47f5
Labels:         app=nginx
                pod-template-hash=cd55c47f5
Annotations:    deployment.kubernetes.io/desired-replicas: 3
                deployment.kubernetes.io/max-replicas: 4
                deployment.kubernetes.io/revision: 1
Controlled By:  Deployment/nginx-deploy
Replicas:       3 current / 3 desired
Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=nginx
           pod-template-hash=cd55c47f5
  Containers:
   nginx:
    Image:         nginx:latest
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:
  Type    Reason            Age    From                   Message
  ----    ------            ----   ----                   -------
  Normal  SuccessfulCreate  2m19s  replicaset-controller  Created pod: nginx-deploy-cd55c47f5-gwrb5
  Normal  SuccessfulCreate  2m19s  replicaset-controller  Created pod: nginx-deploy-cd55c47f5-h6spx
  Normal  SuccessfulCreate  2m19s  replicaset-controller  Created pod: nginx-deploy-cd55c47f5-x5mgl
"#;

/// `shared/oracle/golden-v1.28/a-complete__describe-rs.txt` (stdout), byte for byte.
const G128_A_RS: &str = r#"Name:           nginx-deploy-cd55c47f5
Namespace:      default
Selector:       app=nginx,pod-template-hash=cd55c47f5
Labels:         app=nginx
                pod-template-hash=cd55c47f5
Annotations:    deployment.kubernetes.io/desired-replicas: 3
                deployment.kubernetes.io/max-replicas: 4
                deployment.kubernetes.io/revision: 1
Controlled By:  Deployment/nginx-deploy
Replicas:       3 current / 3 desired
Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=nginx
           pod-template-hash=cd55c47f5
  Containers:
   nginx:
    Image:        nginx:latest
    Port:         80/TCP
    Host Port:    0/TCP
    Environment:  <none>
    Mounts:       <none>
  Volumes:        <none>
Events:
  Type    Reason            Age    From                   Message
  ----    ------            ----   ----                   -------
  Normal  SuccessfulCreate  2m19s  replicaset-controller  Created pod: nginx-deploy-cd55c47f5-gwrb5
  Normal  SuccessfulCreate  2m19s  replicaset-controller  Created pod: nginx-deploy-cd55c47f5-h6spx
  Normal  SuccessfulCreate  2m19s  replicaset-controller  Created pod: nginx-deploy-cd55c47f5-x5mgl
"#;

/// `shared/oracle/golden-v1.33/a-complete__describe-pod.txt` (stdout), byte for byte.
const G133_A_POD: &str = r#"Name:             nginx-deploy-cd55c47f5-gwrb5
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/172.18.0.3
Start Time:       Sun, 22 Nov 2026 00:42:18 +0000
Labels:           app=nginx
                  pod-template-hash=cd55c47f5
Annotations:      <none>
Status:           Running
IP:               10.244.1.5
IPs:
  IP:           10.244.1.5
Controlled By:  ReplicaSet/nginx-deploy-cd55c47f5
Containers:
  nginx:
    Container ID:   containerd://03fccca9154c0de409f67e8fb2336bc290c989d8d2beeecdfe06d16067c82285
    Image:          nginx:latest
    Image ID:       docker.io/library/nginx@sha256:fb197595ebe76b9c0c14ab68159fd3c08bd067ec62300583543f0ebda353b5be
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Sun, 22 Nov 2026 00:42:29 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-5k8wz (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-5k8wz:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  2m19s  default-scheduler  Successfully assigned default/nginx-deploy-cd55c47f5-gwrb5 to node-1
  Normal  Pulling    2m18s  kubelet            Pulling image "nginx:latest"
  Normal  Pulled     2m17s  kubelet            Successfully pulled image "nginx:latest" in 1.204s (1.204s including waiting). Image size: 72955450 bytes.
  Normal  Created    2m17s  kubelet            Created container nginx
  Normal  Started    2m17s  kubelet            Started container nginx
"#;

/// `shared/oracle/golden-v1.28/a-complete__describe-pod.txt` (stdout), byte for byte.
const G128_A_POD: &str = r#"Name:             nginx-deploy-cd55c47f5-gwrb5
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/172.18.0.3
Start Time:       Sun, 22 Nov 2026 00:38:32 +0000
Labels:           app=nginx
                  pod-template-hash=cd55c47f5
Annotations:      <none>
Status:           Running
IP:               10.244.1.5
IPs:
  IP:           10.244.1.5
Controlled By:  ReplicaSet/nginx-deploy-cd55c47f5
Containers:
  nginx:
    Container ID:   containerd://03fccca9154c0de409f67e8fb2336bc290c989d8d2beeecdfe06d16067c82285
    Image:          nginx:latest
    Image ID:       docker.io/library/nginx@sha256:fb197595ebe76b9c0c14ab68159fd3c08bd067ec62300583543f0ebda353b5be
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Sun, 22 Nov 2026 00:38:43 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-5k8wz (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-5k8wz:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  2m19s  default-scheduler  Successfully assigned default/nginx-deploy-cd55c47f5-gwrb5 to node-1
  Normal  Pulling    2m18s  kubelet            Pulling image "nginx:latest"
  Normal  Pulled     2m17s  kubelet            Successfully pulled image "nginx:latest" in 1.204s (1.204s including waiting). Image size: 72955450 bytes.
  Normal  Created    2m17s  kubelet            Created container nginx
  Normal  Started    2m17s  kubelet            Started container nginx
"#;

/// `shared/oracle/golden-v1.33/a-complete__describe-node.txt` (stdout), byte for byte.
const G133_A_NODE: &str = r#"Name:               node-1
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=node-1
                    kubernetes.io/os=linux
Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  Wed, 18 Nov 2026 17:44:38 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  node-1
  AcquireTime:     <unset>
  RenewTime:       Sun, 22 Nov 2026 00:44:31 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Sun, 22 Nov 2026 00:44:00 +0000   Wed, 18 Nov 2026 17:44:38 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Sun, 22 Nov 2026 00:44:00 +0000   Wed, 18 Nov 2026 17:44:38 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Sun, 22 Nov 2026 00:44:00 +0000   Wed, 18 Nov 2026 17:44:38 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    Sun, 22 Nov 2026 00:44:00 +0000   Wed, 18 Nov 2026 17:44:38 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  172.18.0.3
  Hostname:    node-1
Capacity:
  cpu:                2
  ephemeral-storage:  61202244Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             8032708Ki
  pods:               110
Allocatable:
  cpu:                2
  ephemeral-storage:  61202244Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             8032708Ki
  pods:               110
System Info:
  Machine ID:                 0f4b1a2c3d4e5f60718293a4b5c6d7e8
  System UUID:                8d2c4e6f-0a1b-4c3d-9e8f-7a6b5c4d3e2f
  Boot ID:                    6f3c2b8e-1d4a-4c1e-9a57-2b5d8e0f7a11
  Kernel Version:             6.8.0-1015-gcp
  OS Image:                   Debian GNU/Linux 12 (bookworm)
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.24
  Kubelet Version:            v1.32.2
  Kube-Proxy Version:         
PodCIDR:                      10.244.1.0/24
PodCIDRs:                     10.244.1.0/24
ProviderID:                   kind://docker/kind/node-1
Non-terminated Pods:          (3 in total)
  Namespace                   Name                            CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                            ------------  ----------  ---------------  -------------  ---
  default                     nginx-deploy-cd55c47f5-gwrb5    0 (0%)        0 (0%)      0 (0%)           0 (0%)         2m19s
  kube-system                 coredns-668d6bf9bc-8vwzq        100m (5%)     0 (0%)      70Mi (0%)        170Mi (2%)     3d7h
  kube-system                 kube-proxy-4xq8n                0 (0%)        0 (0%)      0 (0%)           0 (0%)         3d7h
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests   Limits
  --------           --------   ------
  cpu                100m (5%)  0 (0%)
  memory             70Mi (0%)  170Mi (2%)
  ephemeral-storage  0 (0%)     0 (0%)
  hugepages-1Gi      0 (0%)     0 (0%)
  hugepages-2Mi      0 (0%)     0 (0%)
Events:
  Type    Reason                   Age                  From             Message
  ----    ------                   ----                 ----             -------
  Normal  Starting                 3d7h                 kube-proxy       
  Normal  Starting                 3d7h                 kubelet          Starting kubelet.
  Normal  NodeHasSufficientMemory  3d7h (x8 over 3d7h)  kubelet          Node node-1 status is now: NodeHasSufficientMemory
  Normal  NodeHasNoDiskPressure    3d7h (x8 over 3d7h)  kubelet          Node node-1 status is now: NodeHasNoDiskPressure
  Normal  NodeHasSufficientPID     3d7h (x7 over 3d7h)  kubelet          Node node-1 status is now: NodeHasSufficientPID
  Normal  NodeAllocatableEnforced  3d7h                 kubelet          Updated Node Allocatable limit across pods
  Normal  RegisteredNode           3d7h                 node-controller  Node node-1 event: Registered Node node-1 in Controller
  Normal  NodeReady                3d7h                 kubelet          Node node-1 status is now: NodeReady
"#;

/// `shared/oracle/golden-v1.33/g-rolling__describe-pod-terminating.txt` (stdout), byte for byte.
const G133_G_POD_TERMINATING: &str = r#"Name:                      nginx-deployment-66b6c48dd5-fm8bz
Namespace:                 default
Priority:                  0
Service Account:           default
Node:                      node-2/172.18.0.4
Start Time:                Sun, 22 Nov 2026 00:45:34 +0000
Labels:                    app=nginx
                           pod-template-hash=66b6c48dd5
Annotations:               <none>
Status:                    Terminating (lasts <invalid>)
Termination Grace Period:  30s
IP:                        10.244.2.7
IPs:
  IP:           10.244.2.7
Controlled By:  ReplicaSet/nginx-deployment-66b6c48dd5
Containers:
  nginx:
    Container ID:   containerd://c5a11c528dc8591b083551c4df21aa8579df34a02ff4ed14a93e33c753a31db2
    Image:          nginx:1.14.2
    Image ID:       docker.io/library/nginx@sha256:f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Sun, 22 Nov 2026 00:45:45 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-r3x9v (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-r3x9v:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason   Age   From     Message
  ----    ------   ----  ----     -------
  Normal  Killing  2s    kubelet  Stopping container nginx
"#;

/// `shared/oracle/golden-v1.33/g-rolling__describe-pod.txt` (stdout), byte for byte.
const G133_G_POD_CREATING: &str = r#"Name:             nginx-deployment-559d658b74-wq5lg
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-3/172.18.0.2
Start Time:       Sun, 22 Nov 2026 00:47:30 +0000
Labels:           app=nginx
                  pod-template-hash=559d658b74
Annotations:      <none>
Status:           Pending
IP:               
IPs:              <none>
Controlled By:    ReplicaSet/nginx-deployment-559d658b74
Containers:
  nginx:
    Container ID:   
    Image:          nginx:1.16.1
    Image ID:       
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Waiting
      Reason:       ContainerCreating
    Ready:          False
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-k4b7m (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   False 
  Initialized                 True 
  Ready                       False 
  ContainersReady             False 
  PodScheduled                True 
Volumes:
  kube-api-access-k4b7m:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  2s    default-scheduler  Successfully assigned default/nginx-deployment-559d658b74-wq5lg to node-3
"#;

/// `shared/oracle/golden-v1.33/d-history__describe-deployment.txt` (stdout), byte for byte.
const G133_D_DEPLOY: &str = r#"Name:                   web
Namespace:              default
CreationTimestamp:      Thu, 19 Nov 2026 17:46:27 +0000
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 4
                        kubernetes.io/change-cause: rollback to nginx:1.27
Selector:               app=web,tier=frontend
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
           tier=frontend
  Containers:
   nginx:
    Image:      nginx:1.27
    Port:       80/TCP
    Host Port:  0/TCP
    Command:
      nginx
      -g
      daemon off;
    Limits:
      cpu:     500m
      memory:  128Mi
    Requests:
      cpu:      250m
      memory:   64Mi
    Liveness:   tcp-socket :80 delay=15s timeout=1s period=20s #success=1 #failure=3
    Readiness:  http-get http://:80/healthz delay=5s timeout=1s period=10s #success=1 #failure=3
    Environment Variables from:
      web-env  ConfigMap  Optional: false
    Environment:
      APP_MODE:     production
      LOG_LEVEL:    <set to the key 'log-level' of config map 'web-config'>  Optional: false
      POD_NAME:      (v1:metadata.name)
      DB_PASSWORD:  <set to the key 'password' in secret 'db-secret'>  Optional: true
    Mounts:
      /etc/nginx/conf.d from config (ro)
      /var/cache/nginx from cache (rw)
  Volumes:
   config:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      web-config
    Optional:  false
   cache:
    Type:          EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:        
    SizeLimit:     <unset>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  web-6b8f7c9d4 (0/0 replicas created), web-5f4d8c7b96 (0/0 replicas created)
NewReplicaSet:   web-7d9c6b8f5d (3/3 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  3h3m  deployment-controller  Scaled up replica set web-7d9c6b8f5d from 0 to 1
  Normal  ScalingReplicaSet  3h2m  deployment-controller  Scaled down replica set web-5f4d8c7b96 from 3 to 2
  Normal  ScalingReplicaSet  3h2m  deployment-controller  Scaled up replica set web-7d9c6b8f5d from 1 to 2
  Normal  ScalingReplicaSet  3h1m  deployment-controller  Scaled down replica set web-5f4d8c7b96 from 2 to 1
  Normal  ScalingReplicaSet  3h1m  deployment-controller  Scaled up replica set web-7d9c6b8f5d from 2 to 3
  Normal  ScalingReplicaSet  3h    deployment-controller  Scaled down replica set web-5f4d8c7b96 from 1 to 0
"#;

/// `shared/oracle/golden-v1.28/d-history__describe-deployment.txt` (stdout), byte for byte.
const G128_D_DEPLOY: &str = r#"Name:                   web
Namespace:              default
CreationTimestamp:      Thu, 19 Nov 2026 17:42:43 +0000
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 4
                        kubernetes.io/change-cause: rollback to nginx:1.27
Selector:               app=web,tier=frontend
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
           tier=frontend
  Containers:
   nginx:
    Image:      nginx:1.27
    Port:       80/TCP
    Host Port:  0/TCP
    Command:
      nginx
      -g
      daemon off;
    Limits:
      cpu:     500m
      memory:  128Mi
    Requests:
      cpu:      250m
      memory:   64Mi
    Liveness:   tcp-socket :80 delay=15s timeout=1s period=20s #success=1 #failure=3
    Readiness:  http-get http://:80/healthz delay=5s timeout=1s period=10s #success=1 #failure=3
    Environment Variables from:
      web-env  ConfigMap  Optional: false
    Environment:
      APP_MODE:     production
      LOG_LEVEL:    <set to the key 'log-level' of config map 'web-config'>  Optional: false
      POD_NAME:      (v1:metadata.name)
      DB_PASSWORD:  <set to the key 'password' in secret 'db-secret'>  Optional: true
    Mounts:
      /etc/nginx/conf.d from config (ro)
      /var/cache/nginx from cache (rw)
  Volumes:
   config:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      web-config
    Optional:  false
   cache:
    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:     
    SizeLimit:  <unset>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  web-6b8f7c9d4 (0/0 replicas created), web-5f4d8c7b96 (0/0 replicas created)
NewReplicaSet:   web-7d9c6b8f5d (3/3 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  3h3m  deployment-controller  Scaled up replica set web-7d9c6b8f5d from 0 to 1
  Normal  ScalingReplicaSet  3h2m  deployment-controller  Scaled down replica set web-5f4d8c7b96 from 3 to 2
  Normal  ScalingReplicaSet  3h2m  deployment-controller  Scaled up replica set web-7d9c6b8f5d from 1 to 2
  Normal  ScalingReplicaSet  3h1m  deployment-controller  Scaled down replica set web-5f4d8c7b96 from 2 to 1
  Normal  ScalingReplicaSet  3h1m  deployment-controller  Scaled up replica set web-7d9c6b8f5d from 2 to 3
  Normal  ScalingReplicaSet  3h    deployment-controller  Scaled down replica set web-5f4d8c7b96 from 1 to 0
"#;

/// `shared/oracle/golden-v1.33/d-history__describe-pod.txt` (stdout), byte for byte.
const G133_D_POD: &str = r#"Name:             web-7d9c6b8f5d-4lq9z
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/172.18.0.3
Start Time:       Sat, 21 Nov 2026 21:43:29 +0000
Labels:           app=web
                  pod-template-hash=7d9c6b8f5d
                  tier=frontend
Annotations:      <none>
Status:           Running
IP:               10.244.1.20
IPs:
  IP:           10.244.1.20
Controlled By:  ReplicaSet/web-7d9c6b8f5d
Containers:
  nginx:
    Container ID:  containerd://812cc7ffaca89a64f9e8e42f001842b6271eac06632d7c5390519099b71b0411
    Image:         nginx:1.27
    Image ID:      docker.io/library/nginx@sha256:124b44bfc9ccd1f3cedf4b592d4d1e8bddb78b51ec2ed5056c52d3692baebc19
    Port:          80/TCP
    Host Port:     0/TCP
    Command:
      nginx
      -g
      daemon off;
    State:          Running
      Started:      Sat, 21 Nov 2026 21:44:29 +0000
    Ready:          True
    Restart Count:  0
    Limits:
      cpu:     500m
      memory:  128Mi
    Requests:
      cpu:      250m
      memory:   64Mi
    Liveness:   tcp-socket :80 delay=15s timeout=1s period=20s #success=1 #failure=3
    Readiness:  http-get http://:80/healthz delay=5s timeout=1s period=10s #success=1 #failure=3
    Environment Variables from:
      web-env  ConfigMap  Optional: false
    Environment:
      APP_MODE:     production
      LOG_LEVEL:    <set to the key 'log-level' of config map 'web-config'>  Optional: false
      POD_NAME:     web-7d9c6b8f5d-4lq9z (v1:metadata.name)
      DB_PASSWORD:  <set to the key 'password' in secret 'db-secret'>  Optional: true
    Mounts:
      /etc/nginx/conf.d from config (ro)
      /var/cache/nginx from cache (rw)
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-d8s2k (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  config:
    Type:      ConfigMap (a volume populated by a ConfigMap)
    Name:      web-config
    Optional:  false
  cache:
    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:     
    SizeLimit:  <unset>
  kube-api-access-d8s2k:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   Burstable
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason     Age                  From     Message
  ----     ------     ----                 ----     -------
  Warning  Unhealthy  3h1m (x3 over 3h2m)  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503
"#;

/// `shared/oracle/golden-v1.33/d-history__rollout-history-rev3.txt` (stdout), byte for byte.
const G133_D_HISTORY_REV3: &str = r#"deployment.apps/web with revision #3
Pod Template:
  Labels:	app=web
	pod-template-hash=5f4d8c7b96
	tier=frontend
  Annotations:	kubernetes.io/change-cause: kubectl set image deployment/web nginx=nginx:1.26 --record=true
  Containers:
   nginx:
    Image:	nginx:1.26
    Port:	80/TCP
    Host Port:	0/TCP
    Command:
      nginx
      -g
      daemon off;
    Limits:
      cpu:	500m
      memory:	128Mi
    Requests:
      cpu:	250m
      memory:	64Mi
    Liveness:	tcp-socket :80 delay=15s timeout=1s period=20s #success=1 #failure=3
    Readiness:	http-get http://:80/healthz delay=5s timeout=1s period=10s #success=1 #failure=3
    Environment Variables from:
      web-env	ConfigMap	Optional: false
    Environment:
      APP_MODE:	production
      LOG_LEVEL:	<set to the key 'log-level' of config map 'web-config'>	Optional: false
      POD_NAME:	 (v1:metadata.name)
      DB_PASSWORD:	<set to the key 'password' in secret 'db-secret'>	Optional: true
    Mounts:
      /etc/nginx/conf.d from config (ro)
      /var/cache/nginx from cache (rw)
  Volumes:
   config:
    Type:	ConfigMap (a volume populated by a ConfigMap)
    Name:	web-config
    Optional:	false
   cache:
    Type:	EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:	
    SizeLimit:	<unset>
  Node-Selectors:	<none>
  Tolerations:	<none>

"#;

/// `shared/oracle/golden-v1.28/d-history__rollout-history-rev3.txt` (stdout), byte for byte.
const G128_D_HISTORY_REV3: &str = r#"deployment.apps/web with revision #3
Pod Template:
  Labels:	app=web
	pod-template-hash=5f4d8c7b96
	tier=frontend
  Annotations:	kubernetes.io/change-cause: kubectl set image deployment/web nginx=nginx:1.26 --record=true
  Containers:
   nginx:
    Image:	nginx:1.26
    Port:	80/TCP
    Host Port:	0/TCP
    Command:
      nginx
      -g
      daemon off;
    Limits:
      cpu:	500m
      memory:	128Mi
    Requests:
      cpu:	250m
      memory:	64Mi
    Liveness:	tcp-socket :80 delay=15s timeout=1s period=20s #success=1 #failure=3
    Readiness:	http-get http://:80/healthz delay=5s timeout=1s period=10s #success=1 #failure=3
    Environment Variables from:
      web-env	ConfigMap	Optional: false
    Environment:
      APP_MODE:	production
      LOG_LEVEL:	<set to the key 'log-level' of config map 'web-config'>	Optional: false
      POD_NAME:	 (v1:metadata.name)
      DB_PASSWORD:	<set to the key 'password' in secret 'db-secret'>	Optional: true
    Mounts:
      /etc/nginx/conf.d from config (ro)
      /var/cache/nginx from cache (rw)
  Volumes:
   config:
    Type:	ConfigMap (a volume populated by a ConfigMap)
    Name:	web-config
    Optional:	false
   cache:
    Type:	EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:	
    SizeLimit:	<unset>

"#;

/// `shared/oracle/golden-v1.33/f-recreate__describe-deployment.txt` (stdout), byte for byte.
const G133_F_RECREATE: &str = r#"Name:               nginx-deploy
Namespace:          default
CreationTimestamp:  Sun, 22 Nov 2026 00:45:08 +0000
Labels:             role=deploy
Annotations:        deployment.kubernetes.io/revision: 1
Selector:           app=nginx
Replicas:           3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:       Recreate
MinReadySeconds:    0
Pod Template:
  Labels:  app=nginx
  Containers:
   nginx:
    Image:         nginx:latest
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   nginx-deploy-cd55c47f5 (3/3 replicas created)
Events:
  Type    Reason             Age    From                   Message
  ----    ------             ----   ----                   -------
  Normal  ScalingReplicaSet  2m19s  deployment-controller  Scaled up replica set nginx-deploy-cd55c47f5 from 0 to 3
"#;

// ---- helpers ---------------------------------------------------------------------------------

fn new_cluster(profile: Profile) -> Cluster {
    Cluster::new(ClusterConfig {
        profile,
        ..ClusterConfig::default()
    })
}

fn nginx_deploy(name: &str, replicas: i32, image: &str, extra_spec: &str) -> String {
    format!(
        "apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  labels:
    role: deploy
spec:
  replicas: {replicas}
{extra_spec}  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: {image}
        ports:
        - containerPort: 80
"
    )
}

/// The oracle's `a-complete` situation: nginx-deploy, 3 replicas of nginx:latest on port
/// 80, rolled out, 139 s old.
fn complete(profile: Profile) -> Cluster {
    let mut c = new_cluster(profile);
    c.apply(&nginx_deploy("nginx-deploy", 3, "nginx:latest", ""))
        .unwrap();
    c.step(139_400).unwrap();
    c
}

/// stdout of a command that must succeed without stderr.
#[track_caller]
fn describe(c: &mut Cluster, cmd: &str) -> String {
    let out = kubectl::run(c, cmd);
    assert_eq!(
        (out.exit_code, out.stderr.as_str()),
        (0, ""),
        "kubectl {cmd}"
    );
    out.stdout
}

/// Every RFC 1123Z date (`Sun, 22 Nov 2026 00:42:16 +0000`) replaced by a placeholder of
/// the same width.
fn mask_dates(s: &str) -> String {
    fn is_date(b: &[u8]) -> bool {
        let d = |i: usize| b[i].is_ascii_digit();
        let (up, lo) = (
            |i: usize| b[i].is_ascii_uppercase(),
            |i: usize| b[i].is_ascii_lowercase(),
        );
        up(0)
            && lo(1)
            && lo(2)
            && &b[3..5] == b", "
            && d(5)
            && d(6)
            && b[7] == b' '
            && up(8)
            && lo(9)
            && lo(10)
            && b[11] == b' '
            && (12..16).all(d)
            && b[16] == b' '
            && d(17)
            && d(18)
            && b[19] == b':'
            && d(20)
            && d(21)
            && b[22] == b':'
            && d(23)
            && d(24)
            && b[25] == b' '
            && matches!(b[26], b'+' | b'-')
            && (27..31).all(d)
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if i + 31 <= b.len() && is_date(&b[i..i + 31]) {
            out.extend_from_slice(b"<DATE.........................>");
            i += 31;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Compares kubeplay's output with a golden in which `subs` (golden value → kubeplay's)
/// were substituted; dates masked on both sides.
#[track_caller]
fn assert_golden(what: &str, ours: &str, golden: &str, subs: &[(&str, &str)]) {
    let mut want = golden.to_string();
    for (from, to) in subs {
        want = want.replace(from, to);
    }
    let (want, got) = (mask_dates(&want), mask_dates(ours));
    if want == got {
        return;
    }
    let mut msg = format!("{what}: differs from the real kubectl\n");
    let (w, g): (Vec<&str>, Vec<&str>) = (want.split('\n').collect(), got.split('\n').collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a != b {
            msg.push_str(&format!(
                "line {}:\n  kubectl:  {a:?}\n  kubeplay: {b:?}\n",
                i + 1
            ));
        }
    }
    panic!("{msg}--- kubeplay ---\n{ours}");
}

/// The lines of `text` from the first one starting with `from` up to, not including, the
/// next one starting with `to` (or the end).
fn section(text: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in text.split_inclusive('\n') {
        if !inside && line.starts_with(from) {
            inside = true;
        } else if inside && !to.is_empty() && line.starts_with(to) {
            break;
        }
        if inside {
            out.push_str(line);
        }
    }
    out
}

/// The pod-template-hash of the Deployment's newest ReplicaSet.
fn newest_hash(c: &Cluster) -> String {
    let rs = c
        .store()
        .replicasets
        .values()
        .max_by_key(|r| r.revision())
        .expect("a replicaset");
    rs.meta.labels["pod-template-hash"].clone()
}

/// Names of the pods in a describe rs's `Created pod:` events, in order.
fn created_pods(describe_rs: &str) -> Vec<String> {
    describe_rs
        .lines()
        .filter_map(|l| l.split("Created pod: ").nth(1))
        .map(str::to_string)
        .collect()
}

struct PodIds {
    name: String,
    node_ip: String,
    ip: String,
    container_id: String,
    image_id: String,
    token_volume: String,
}

fn pod_ids(c: &Cluster, name: &str) -> PodIds {
    let p = c.store().pod("default", name).expect("pod");
    let node = p.node_name.as_deref().unwrap_or("");
    let cs = p.status.container_statuses.first();
    PodIds {
        name: name.to_string(),
        node_ip: c.store().nodes[node]
            .internal_ip()
            .unwrap_or("")
            .to_string(),
        ip: p.status.pod_ip.clone().unwrap_or_default(),
        container_id: cs.and_then(|s| s.container_id.clone()).unwrap_or_default(),
        image_id: cs.map(|s| s.image_id.clone()).unwrap_or_default(),
        token_volume: format!(
            "kube-api-access-{}",
            p.api_access_suffix.as_deref().unwrap_or("")
        ),
    }
}

/// The rows of an events table: (type, reason, from, message), ages left out.
fn event_rows(describe: &str) -> Vec<(String, String, String)> {
    let table = section(describe, "Events:", "");
    table
        .lines()
        .skip(3)
        .map(|l| {
            let cells: Vec<&str> = l
                .split("  ")
                .filter(|c| !c.trim().is_empty())
                .map(str::trim)
                .collect();
            (
                cells[0].to_string(),
                cells[1].to_string(),
                cells.last().unwrap().to_string(),
            )
        })
        .collect()
}

// ---- a-complete: the finished rollout ----------------------------------------------------------

#[test]
fn complete_deployment_matches_kubectl() {
    let mut c = complete(Profile::Current);
    let hash = newest_hash(&c);
    let out = describe(&mut c, "describe deployment nginx-deploy");
    assert_golden(
        "describe deployment (1.33)",
        &out,
        G133_A_DEPLOY,
        &[("cd55c47f5", &hash)],
    );
    // The same with the object named TYPE/NAME, and the full resource name.
    assert_eq!(describe(&mut c, "describe deployment/nginx-deploy"), out);
    assert_eq!(
        describe(&mut c, "describe deployments.apps nginx-deploy"),
        out
    );

    // 1.28: no Node-Selectors/Tolerations in the template, so the container block is one
    // column narrower; the event has the pre-1.30 wording.
    let mut c = complete(Profile::V1_28);
    let hash = newest_hash(&c);
    let out = describe(&mut c, "describe deploy nginx-deploy");
    assert_golden(
        "describe deployment (1.28)",
        &out,
        G128_A_DEPLOY_OLDWORDING,
        &[("cd55c47f5", &hash)],
    );
}

#[test]
fn complete_replicaset_matches_kubectl() {
    for (profile, golden) in [(Profile::Current, G133_A_RS), (Profile::V1_28, G128_A_RS)] {
        let mut c = complete(profile);
        let hash = newest_hash(&c);
        let out = describe(&mut c, &format!("describe rs nginx-deploy-{hash}"));
        let pods = created_pods(&out);
        assert_eq!(pods.len(), 3, "{out}");
        let subs = [
            ("nginx-deploy-cd55c47f5-gwrb5", pods[0].as_str()),
            ("nginx-deploy-cd55c47f5-h6spx", pods[1].as_str()),
            ("nginx-deploy-cd55c47f5-x5mgl", pods[2].as_str()),
            ("cd55c47f5", hash.as_str()),
        ];
        assert_golden(&format!("describe rs ({profile:?})"), &out, golden, &subs);
    }
}

#[test]
fn complete_pod_matches_kubectl() {
    for (profile, golden) in [(Profile::Current, G133_A_POD), (Profile::V1_28, G128_A_POD)] {
        let mut c = complete(profile);
        let hash = newest_hash(&c);
        let name = c
            .store()
            .pods
            .values()
            .find(|p| p.node_name.as_deref() == Some("node-1"))
            .expect("a pod on node-1")
            .meta
            .name
            .clone();
        let ids = pod_ids(&c, &name);
        let out = describe(&mut c, &format!("describe pod {name}"));
        let subs = [
            ("nginx-deploy-cd55c47f5-gwrb5", ids.name.as_str()),
            ("cd55c47f5", hash.as_str()),
            ("172.18.0.3", ids.node_ip.as_str()),
            ("10.244.1.5", ids.ip.as_str()),
            (
                "containerd://03fccca9154c0de409f67e8fb2336bc290c989d8d2beeecdfe06d16067c82285",
                ids.container_id.as_str(),
            ),
            (
                "docker.io/library/nginx@sha256:fb197595ebe76b9c0c14ab68159fd3c08bd067ec62300583543f0ebda353b5be",
                ids.image_id.as_str(),
            ),
            ("kube-api-access-5k8wz", ids.token_volume.as_str()),
        ];
        // Everything but the events, whose timings are kubeplay's own.
        let what = format!("describe pod ({profile:?})");
        assert_golden(
            &what,
            &section(&out, "Name:", "Events:"),
            &section(golden, "Name:", "Events:"),
            &subs,
        );
        // The events table has the golden's header and the kubelet's sequence.
        assert_eq!(
            section(&out, "Events:", "  ----").lines().nth(1),
            Some("  Type    Reason     Age    From               Message")
        );
        let rows = event_rows(&out);
        let reasons: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(
            reasons,
            ["Scheduled", "Pulling", "Pulled", "Created", "Started"],
            "{out}"
        );
        assert_eq!(
            rows[0].2,
            format!("Successfully assigned default/{name} to node-1")
        );
        let created = if profile == Profile::V1_28 {
            "Created container nginx"
        } else {
            "Created container: nginx"
        };
        assert_eq!(rows[3].2, created);
    }
}

#[test]
fn complete_node_matches_kubectl() {
    let mut c = complete(Profile::Current);
    let node = c.store().nodes["node-1"].clone();
    let info = |k: &str| {
        node.status
            .pointer(&format!("nodeInfo.{k}"))
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let (machine, system, boot, kubelet) = (
        info("machineID"),
        info("systemUUID"),
        info("bootID"),
        info("kubeletVersion"),
    );
    let ip = node.internal_ip().unwrap().to_string();
    let out = describe(&mut c, "describe node node-1");
    let subs = [
        ("172.18.0.3", ip.as_str()),
        ("0f4b1a2c3d4e5f60718293a4b5c6d7e8", machine.as_str()),
        ("8d2c4e6f-0a1b-4c3d-9e8f-7a6b5c4d3e2f", system.as_str()),
        ("6f3c2b8e-1d4a-4c1e-9a57-2b5d8e0f7a11", boot.as_str()),
        ("v1.32.2", kubelet.as_str()),
    ];
    let upper = |s: &str| section(s, "Name:", "Non-terminated Pods:");
    assert_golden("describe node", &upper(&out), &upper(G133_A_NODE), &subs);

    // The pod table lists kubeplay's one pod on node-1 (the golden's cluster also runs
    // kube-system pods); the layout is the golden's.
    let pod = c
        .store()
        .pods
        .values()
        .find(|p| p.node_name.as_deref() == Some("node-1"))
        .unwrap()
        .meta
        .name
        .clone();
    let w = pod.len() + 4;
    let want = format!(
        "Non-terminated Pods:          (1 in total)
  Namespace                   {name:<w$}CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   {dash:<w$}------------  ----------  ---------------  -------------  ---
  default                     {pod:<w$}0 (0%)        0 (0%)      0 (0%)           0 (0%)         2m19s
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests  Limits
  --------           --------  ------
  cpu                0 (0%)    0 (0%)
  memory             0 (0%)    0 (0%)
  ephemeral-storage  0 (0%)    0 (0%)
  hugepages-1Gi      0 (0%)    0 (0%)
  hugepages-2Mi      0 (0%)    0 (0%)
Events:              <none>
",
        name = "Name",
        dash = "----",
    );
    assert_eq!(section(&out, "Non-terminated Pods:", ""), want);
    assert!(out.contains("Lease:\n  HolderIdentity:  node-1\n  AcquireTime:     <unset>\n  RenewTime:       Thu, 01 Jan 2026 00:02:19 +0000\n"), "{out}");
}

#[test]
fn node_sums_requests_and_limits_like_kubectl() {
    // Two replicas of bare-pod's two containers (e-rs-pod-node: `200m (10%)  400m (20%)
    // 64Mi (0%)  128Mi (1%)` per pod) on a one-node cluster.
    let yaml = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  replicas: 2
  selector:
    matchLabels: {app: app}
  template:
    metadata:
      labels: {app: app}
    spec:
      containers:
      - name: app
        image: busybox:1.36
        command: [sh, -c, 'sleep 3600']
        resources:
          limits: {cpu: 200m, memory: 64Mi}
          requests: {cpu: 100m, memory: 32Mi}
      - name: sidecar
        image: nginx:1.25
        resources:
          limits: {cpu: 200m, memory: 64Mi}
          requests: {cpu: 100m, memory: 32Mi}
";
    let mut c = Cluster::new(ClusterConfig {
        nodes: 1,
        ..ClusterConfig::default()
    });
    c.apply(yaml).unwrap();
    c.step(60_000).unwrap();
    let out = describe(&mut c, "describe node node-1");
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("  default "))
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    for r in rows {
        assert!(
            r.contains("  200m (10%)    400m (20%)  64Mi (0%)        128Mi (1%)     "),
            "{r}"
        );
    }
    assert!(
        out.contains(
            "  Resource           Requests    Limits
  --------           --------    ------
  cpu                400m (20%)  800m (40%)
  memory             128Mi (1%)  256Mi (3%)
"
        ),
        "{out}"
    );
}

#[test]
fn recreate_deployment_matches_kubectl() {
    let mut c = new_cluster(Profile::Current);
    c.apply(&nginx_deploy(
        "nginx-deploy",
        3,
        "nginx:latest",
        "  strategy:\n    type: Recreate\n",
    ))
    .unwrap();
    c.step(139_400).unwrap();
    let hash = newest_hash(&c);
    let out = describe(&mut c, "describe deployment nginx-deploy");
    // No RollingUpdateStrategy line: the header column shrinks to CreationTimestamp's width.
    assert_golden(
        "describe deployment (Recreate)",
        &out,
        G133_F_RECREATE,
        &[("cd55c47f5", &hash)],
    );
}

// ---- a rolling update in progress -----------------------------------------------------------

/// g-rolling: 3 replicas rolling from nginx:1.14.2 to 1.16.1, caught while an old pod is
/// Terminating and a new one is ContainerCreating.
fn rolling(profile: Profile) -> Cluster {
    let mut c = new_cluster(profile);
    c.apply(&nginx_deploy("nginx-deployment", 3, "nginx:1.14.2", ""))
        .unwrap();
    c.step(120_000).unwrap();
    c.set_image("default", "nginx-deployment", "nginx", "nginx:1.16.1")
        .unwrap();
    let status = |c: &Cluster, s: &str| {
        c.store()
            .pods
            .values()
            .any(|p| p.printed_status().status == s)
    };
    for _ in 0..600 {
        if status(&c, "Terminating") && status(&c, "ContainerCreating") {
            return c;
        }
        c.step(100).unwrap();
    }
    panic!("no moment with a Terminating and a ContainerCreating pod");
}

fn pod_with_status(c: &Cluster, s: &str) -> String {
    c.store()
        .pods
        .values()
        .find(|p| p.printed_status().status == s)
        .unwrap()
        .meta
        .name
        .clone()
}

#[test]
fn terminating_pod_matches_kubectl() {
    let mut c = rolling(Profile::Current);
    let name = pod_with_status(&c, "Terminating");
    let ids = pod_ids(&c, &name);
    let node = c
        .store()
        .pod("default", &name)
        .unwrap()
        .node_name
        .clone()
        .unwrap();
    let hash = c.store().pod("default", &name).unwrap().meta.labels["pod-template-hash"].clone();
    let out = describe(&mut c, &format!("describe pod {name}"));
    let subs = [
        ("nginx-deployment-66b6c48dd5-fm8bz", name.as_str()),
        ("66b6c48dd5", hash.as_str()),
        ("node-2/172.18.0.4", &format!("{node}/{}", ids.node_ip)),
        ("10.244.2.7", ids.ip.as_str()),
        (
            "containerd://c5a11c528dc8591b083551c4df21aa8579df34a02ff4ed14a93e33c753a31db2",
            ids.container_id.as_str(),
        ),
        (
            "docker.io/library/nginx@sha256:f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d",
            ids.image_id.as_str(),
        ),
        ("kube-api-access-r3x9v", ids.token_volume.as_str()),
    ];
    // `Status:  Terminating (lasts <invalid>)` + `Termination Grace Period:  30s` widen the
    // header block.
    let golden = G133_G_POD_TERMINATING;
    assert_golden(
        "describe terminating pod",
        &section(&out, "Name:", "Events:"),
        &section(golden, "Name:", "Events:"),
        &subs,
    );
    let rows = event_rows(&out);
    let last = rows.last().unwrap();
    assert_eq!(
        (last.0.as_str(), last.1.as_str(), last.2.as_str()),
        ("Normal", "Killing", "Stopping container nginx")
    );
}

#[test]
fn container_creating_pod_matches_kubectl() {
    let mut c = rolling(Profile::Current);
    let name = pod_with_status(&c, "ContainerCreating");
    let ids = pod_ids(&c, &name);
    let node = c
        .store()
        .pod("default", &name)
        .unwrap()
        .node_name
        .clone()
        .unwrap();
    let hash = newest_hash(&c);
    let out = describe(&mut c, &format!("describe pod {name}"));
    let subs = [
        ("nginx-deployment-559d658b74-wq5lg", name.as_str()),
        ("559d658b74", hash.as_str()),
        ("node-3/172.18.0.2", &format!("{node}/{}", ids.node_ip)),
        ("kube-api-access-k4b7m", ids.token_volume.as_str()),
    ];
    // No IP yet: `IP:` keeps its padding, `IPs:  <none>` has a tab and so joins the header
    // block with `Controlled By:`; empty Container ID / Image ID keep their padding.
    let golden = G133_G_POD_CREATING;
    assert_golden(
        "describe ContainerCreating pod",
        &section(&out, "Name:", "Events:"),
        &section(golden, "Name:", "Events:"),
        &subs,
    );
}

#[test]
fn replicaset_pods_status_counts_terminating_pods() {
    let mut c = rolling(Profile::Current);
    let old = c
        .store()
        .replicasets
        .values()
        .min_by_key(|r| r.revision())
        .unwrap()
        .clone();
    let owned = c
        .store()
        .pods
        .values()
        .filter(|p| {
            p.meta
                .controller_ref()
                .is_some_and(|r| r.uid == old.meta.uid)
        })
        .count();
    let out = describe(&mut c, &format!("describe rs {}", old.meta.name));
    assert!(out.contains(&format!(
        "Replicas:       {} current / {} desired\nPods Status:    {owned} Running / 0 Waiting / 0 Succeeded / 0 Failed\n",
        old.status.replicas, old.spec.replicas
    )), "{out}");
    assert!(
        owned as i32 > old.status.replicas,
        "a terminating pod is counted: {out}"
    );
    let new = c
        .store()
        .replicasets
        .values()
        .max_by_key(|r| r.revision())
        .unwrap()
        .meta
        .name
        .clone();
    let out = describe(&mut c, &format!("describe rs {new}"));
    assert!(
        out.contains(" Running / 1 Waiting / 0 Succeeded / 0 Failed\n"),
        "the creating pod is Pending: {out}"
    );
}

// ---- a rich template (d-history) ---------------------------------------------------------------

const WEB: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
  annotations:
    kubernetes.io/change-cause: rollback to nginx:1.27
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
      tier: frontend
  template:
    metadata:
      labels:
        app: web
        tier: frontend
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        command: [nginx, -g, 'daemon off;']
        ports:
        - containerPort: 80
          name: http
        env:
        - name: APP_MODE
          value: production
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef: {key: log-level, name: web-config}
        - name: POD_NAME
          valueFrom:
            fieldRef: {fieldPath: metadata.name}
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: {key: password, name: db-secret, optional: true}
        envFrom:
        - configMapRef: {name: web-env}
        readinessProbe:
          httpGet: {path: /healthz, port: 80}
          initialDelaySeconds: 5
        livenessProbe:
          tcpSocket: {port: 80}
          initialDelaySeconds: 15
          periodSeconds: 20
        resources:
          limits: {cpu: 500m, memory: 128Mi}
          requests: {cpu: 250m, memory: 64Mi}
        volumeMounts:
        - {mountPath: /etc/nginx/conf.d, name: config, readOnly: true}
        - {mountPath: /var/cache/nginx, name: cache}
      volumes:
      - name: config
        configMap: {name: web-config}
      - name: cache
        emptyDir: {}
";

fn web(profile: Profile) -> Cluster {
    let mut c = new_cluster(profile);
    c.apply(WEB).unwrap();
    c.step(60_000).unwrap();
    c
}

#[test]
fn rich_template_matches_kubectl() {
    for (profile, golden) in [
        (Profile::Current, G133_D_DEPLOY),
        (Profile::V1_28, G128_D_DEPLOY),
    ] {
        let mut c = web(profile);
        let out = describe(&mut c, "describe deployment web");
        // Command, Limits/Requests (tab-less titles split the container block: `cpu:     500m`
        // vs `cpu:      250m`), probes, env forms, envFrom, mounts, ConfigMap and EmptyDir
        // volumes (` Medium:` with trailing padding).
        let what = format!("describe deployment web ({profile:?})");
        let subs = [(
            "deployment.kubernetes.io/revision: 4",
            "deployment.kubernetes.io/revision: 1",
        )];
        assert_golden(
            &what,
            &section(&out, "Name:", "OldReplicaSets:"),
            &section(golden, "Name:", "OldReplicaSets:"),
            &subs,
        );
    }
}

#[test]
fn rich_pod_matches_kubectl() {
    let mut c = web(Profile::Current);
    let name = c.store().pods.values().next().unwrap().meta.name.clone();
    let ids = pod_ids(&c, &name);
    let out = describe(&mut c, &format!("describe pod {name}"));
    let subs = [
        ("web-7d9c6b8f5d-4lq9z", name.as_str()),
        (
            "containerd://812cc7ffaca89a64f9e8e42f001842b6271eac06632d7c5390519099b71b0411",
            ids.container_id.as_str(),
        ),
        (
            "docker.io/library/nginx@sha256:124b44bfc9ccd1f3cedf4b592d4d1e8bddb78b51ec2ed5056c52d3692baebc19",
            ids.image_id.as_str(),
        ),
        ("kube-api-access-d8s2k", ids.token_volume.as_str()),
    ];
    // In a pod the fieldRef is resolved: `POD_NAME:     <pod> (v1:metadata.name)`.
    let golden = G133_D_POD;
    assert_golden(
        "containers",
        &section(&out, "Containers:", "Conditions:"),
        &section(golden, "Containers:", "Conditions:"),
        &subs,
    );
    assert_golden(
        "volumes",
        &section(&out, "Volumes:", "Events:"),
        &section(golden, "Volumes:", "Events:"),
        &subs,
    );
}

#[test]
fn pod_template_for_rollout_history_matches_kubectl() {
    // `rollout history --revision=N` prints this raw (tabs kept), after copying the RS's
    // change-cause into the template's annotations.
    for (profile, golden) in [
        (Profile::Current, G133_D_HISTORY_REV3),
        (Profile::V1_28, G128_D_HISTORY_REV3),
    ] {
        let c = web(profile);
        let rs = c.store().replicasets.values().next().unwrap();
        let hash = rs.meta.labels["pod-template-hash"].clone();
        let mut t = rs.spec.template.clone();
        t.annotations.insert(
            "kubernetes.io/change-cause".into(),
            "kubectl set image deployment/web nginx=nginx:1.26 --record=true".into(),
        );
        let raw = describe_pod_template(&t, profile);
        let body = golden
            .strip_prefix("deployment.apps/web with revision #3\n")
            .unwrap()
            .strip_suffix("\n\n")
            .unwrap();
        let want = format!("{body}\n")
            .replace("5f4d8c7b96", &hash)
            .replace("nginx:1.26\n", "nginx:1.27\n");
        assert_eq!(raw, want, "{profile:?}");
        assert!(
            raw.contains("  Labels:\tapp=web\n\tpod-template-hash="),
            "raw tabs: {raw:?}"
        );
    }
}

// ---- stuck and paused rollouts (outputs checked with scripts/oracle-diff.sh) --------------------

#[test]
fn bad_image_rollout() {
    let mut c = new_cluster(Profile::Current);
    c.apply(&nginx_deploy("nginx-deploy", 3, "nginx:1.16.1", ""))
        .unwrap();
    c.step(60_000).unwrap();
    c.set_image("default", "nginx-deploy", "nginx", "nginx:1.161")
        .unwrap();
    c.step(12 * 60_000).unwrap();
    let out = describe(&mut c, "describe deployment nginx-deploy");
    assert!(out.contains(
        "Replicas:               3 desired | 1 updated | 4 total | 3 available | 1 unavailable\n"
    ), "{out}");
    assert!(
        out.contains(
            "Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    False   ProgressDeadlineExceeded
"
        ),
        "{out}"
    );
    let hashes: Vec<String> = {
        let mut rs: Vec<_> = c.store().replicasets.values().collect();
        rs.sort_by_key(|r| r.revision());
        rs.iter().map(|r| r.meta.name.clone()).collect()
    };
    assert!(out.contains(&format!(
        "OldReplicaSets:  {} (3/3 replicas created)\nNewReplicaSet:   {} (1/1 replicas created)\n",
        hashes[0], hashes[1]
    )), "{out}");

    let name = pod_with_status(&c, "ImagePullBackOff");
    let out = describe(&mut c, &format!("describe pod {name}"));
    assert!(
        out.contains(
            "    Container ID:   
    Image:          nginx:1.161
    Image ID:       
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Waiting
      Reason:       ImagePullBackOff
    Ready:          False
    Restart Count:  0
"
        ),
        "{out}"
    );
    // Folded kubelet events: `<since last> (xN over <since first>)`.
    let rows = event_rows(&out);
    let reasons: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "Scheduled",
            "Pulling",
            "Failed",
            "Failed",
            "BackOff",
            "Failed"
        ],
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("  Normal   BackOff    ") && l.contains(" (x")),
        "{out}"
    );
    assert!(out.contains("  Warning  Failed     "), "{out}");
}

#[test]
fn paused_rollout() {
    let mut c = new_cluster(Profile::Current);
    let extra = "  minReadySeconds: 5\n  strategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 1\n";
    c.apply(&nginx_deploy("nginx-deploy", 4, "nginx:1.14.2", extra))
        .unwrap();
    c.step(16 * 60_000).unwrap();
    c.set_image("default", "nginx-deploy", "nginx", "nginx:1.16.1")
        .unwrap();
    c.step(1_500).unwrap();
    c.pause_deployment("default", "nginx-deploy").unwrap();
    c.step(75_000).unwrap();
    let out = describe(&mut c, "describe deployment nginx-deploy");
    // b-paused: `Unknown` widens the Status column; Recreate-free header keeps
    // RollingUpdateStrategy with the integer values as written.
    assert!(
        out.contains(
            "MinReadySeconds:        5\nRollingUpdateStrategy:  1 max unavailable, 1 max surge\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "Conditions:
  Type           Status   Reason
  ----           ------   ------
  Available      True     MinimumReplicasAvailable
  Progressing    Unknown  DeploymentPaused
"
        ),
        "{out}"
    );
}

// ---- lists, selectors, prefixes, errors ------------------------------------------------------

#[test]
fn lists_are_separated_by_two_empty_lines() {
    let mut c = complete(Profile::Current);
    let all = describe(&mut c, "describe pods");
    assert_eq!(all.matches("\n\n\nName:").count(), 2, "{all}");
    assert!(all.starts_with("Name:") && all.ends_with("Started container nginx\n"));
    // Each part is exactly the single-object description, in name order.
    let names: Vec<String> = c
        .store()
        .pods
        .values()
        .map(|p| p.meta.name.clone())
        .collect();
    let singles: Vec<String> = names
        .iter()
        .map(|n| describe(&mut c, &format!("describe pod {n}")))
        .collect();
    assert_eq!(all, singles.join("\n\n"));
    assert_eq!(describe(&mut c, "describe pods -l app=nginx"), all);
    let out = kubectl::run(&mut c, "describe po -l app=other");
    assert_eq!(out.stderr, "No resources found in default namespace.\n");
    assert_eq!(
        describe(&mut c, "describe nodes")
            .matches("\n\n\nName:")
            .count(),
        2
    );
}

#[test]
fn missing_name_describes_objects_with_that_prefix() {
    let mut c = complete(Profile::Current);
    let one = describe(&mut c, "describe deployment nginx-deploy");
    // kubectl falls back to a prefix match, each description followed by an empty line.
    assert_eq!(
        describe(&mut c, "describe deployment nginx"),
        format!("{one}\n")
    );
    let pods = describe(&mut c, "describe pods nginx-deploy");
    assert_eq!(pods.matches("\n\nName:").count(), 2);
    assert!(pods.ends_with("\n\n"));
}

#[test]
fn errors_are_kubectls() {
    struct Case {
        cmd: &'static str,
        stderr: &'static str,
        exit: i32,
    }
    let cases = [
        Case {
            cmd: "describe",
            stderr: "error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n",
            exit: 1,
        },
        Case {
            cmd: "describe deployment nope",
            stderr: "Error from server (NotFound): deployments.apps \"nope\" not found\n",
            exit: 1,
        },
        Case {
            cmd: "describe pod/nope",
            stderr: "Error from server (NotFound): pods \"nope\" not found\n",
            exit: 1,
        },
        Case {
            cmd: "describe rs nope",
            stderr: "Error from server (NotFound): replicasets.apps \"nope\" not found\n",
            exit: 1,
        },
        Case {
            cmd: "describe node nope",
            stderr: "Error from server (NotFound): nodes \"nope\" not found\n",
            exit: 1,
        },
        Case {
            cmd: "describe pod nope1 nope2",
            stderr: "Error from server (NotFound): pods \"nope1\" not found\nError from server (NotFound): pods \"nope2\" not found\n",
            exit: 1,
        },
        Case {
            cmd: "describe foo",
            stderr: "error: the server doesn't have a resource type \"foo\"\n",
            exit: 1,
        },
        Case {
            cmd: "describe pod -l app=nginx nginx",
            stderr: "error: name cannot be provided when a selector is specified\n",
            exit: 1,
        },
        Case {
            cmd: "describe deploy -n kube-system",
            stderr: "No resources found in kube-system namespace.\n",
            exit: 0,
        },
    ];
    let mut c = complete(Profile::Current);
    for case in &cases {
        let out = kubectl::run(&mut c, case.cmd);
        assert_eq!(
            (out.stdout.as_str(), out.stderr.as_str(), out.exit_code),
            ("", case.stderr, case.exit),
            "{}",
            case.cmd
        );
    }
    // Found objects are printed, the missing ones reported after.
    let pod = c.store().pods.values().next().unwrap().meta.name.clone();
    let out = kubectl::run(&mut c, &format!("describe pod {pod} nope"));
    assert!(
        out.stdout
            .starts_with(&format!("Name:             {pod}\n"))
    );
    assert_eq!(
        (out.stderr.as_str(), out.exit_code),
        ("Error from server (NotFound): pods \"nope\" not found\n", 1)
    );
    // An empty namespace.
    let mut empty = new_cluster(Profile::Current);
    let out = kubectl::run(&mut empty, "describe deployment");
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str(), out.exit_code),
        ("", "No resources found in default namespace.\n", 0)
    );
}

#[test]
fn show_events_false_drops_the_events_section() {
    let mut c = complete(Profile::Current);
    let out = describe(
        &mut c,
        "describe deployment nginx-deploy --show-events=false",
    );
    assert!(!out.contains("Events:"), "{out}");
    assert!(out.ends_with(" (3/3 replicas created)\n"), "{out}");
    let with = describe(&mut c, "describe deployment nginx-deploy");
    assert!(with.starts_with(&out));
}

#[test]
fn describe_filename_describes_the_objects_of_a_manifest() {
    let mut c = complete(Profile::Current);
    c.write_file(
        "nginx-deploy.yaml",
        &nginx_deploy("nginx-deploy", 3, "nginx:latest", ""),
    );
    let want = describe(&mut c, "describe deployment nginx-deploy");
    assert_eq!(describe(&mut c, "describe -f nginx-deploy.yaml"), want);
    let out = kubectl::run(&mut c, "describe -f nope.yaml");
    assert_eq!(
        (out.stderr.as_str(), out.exit_code),
        ("error: the path \"nope.yaml\" does not exist\n", 1)
    );
    let out = kubectl::run(&mut c, "describe deploy x -A");
    assert_eq!(
        out.stderr,
        "error: a resource cannot be retrieved by name across all namespaces\n"
    );
}
