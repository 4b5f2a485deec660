import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";

/******/ var __webpack_modules__ = {
  /***/ 9542: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {createReadStream: createReadStream} = __nccwpck_require__(3024);
    const {Writable: Writable} = __nccwpck_require__(7075);
    const {toUint8Array: toUint8Array, concatBytes: concatBytes} = __nccwpck_require__(2430);
    const {createHash: createHash, createHmac: createHmac} = __nccwpck_require__(7598);
    const zlib = __nccwpck_require__(8522);
    async function blobReader(blob, onChunk, chunkSize = 1024 * 1024) {
      const size = blob.size;
      let totalBytesRead = 0;
      while (totalBytesRead < size) {
        const slice = blob.slice(totalBytesRead, Math.min(size, totalBytesRead + chunkSize));
        onChunk(new Uint8Array(await slice.arrayBuffer()));
        totalBytesRead += slice.size;
      }
    }
    const blobHasher = async function(hashCtor, blob) {
      const hash = new hashCtor;
      await blobReader(blob, chunk => {
        hash.update(chunk);
      });
      return hash.digest();
    };
    class HashCalculator extends Writable {
      hash;
      constructor(hash, options) {
        super(options);
        this.hash = hash;
      }
      _write(chunk, encoding, callback) {
        try {
          this.hash.update(toUint8Array(chunk));
        } catch (err) {
          return callback(err);
        }
        callback();
      }
    }
    const fileStreamHasher = (hashCtor, fileStream) => new Promise((resolve, reject) => {
      if (!isReadStream(fileStream)) {
        reject(new Error("Unable to calculate hash for non-file streams."));
        return;
      }
      const fileStreamTee = createReadStream(fileStream.path, {
        start: fileStream.start,
        end: fileStream.end
      });
      const hash = new hashCtor;
      const hashCalculator = new HashCalculator(hash);
      fileStreamTee.pipe(hashCalculator);
      fileStreamTee.on("error", err => {
        hashCalculator.end();
        reject(err);
      });
      hashCalculator.on("error", reject);
      hashCalculator.on("finish", function() {
        hash.digest().then(resolve).catch(reject);
      });
    });
    const isReadStream = stream => typeof stream.path === "string";
    const readableStreamHasher = (hashCtor, readableStream) => {
      if (readableStream.readableFlowing !== null) throw new Error("Unable to calculate hash for flowing readable stream");
      const hash = new hashCtor;
      const hashCalculator = new HashCalculator(hash);
      readableStream.pipe(hashCalculator);
      return new Promise((resolve, reject) => {
        readableStream.on("error", err => {
          hashCalculator.end();
          reject(err);
        });
        hashCalculator.on("error", reject);
        hashCalculator.on("finish", () => {
          hash.digest().then(resolve).catch(reject);
        });
      });
    };
    class Md5Js {
      digestLength=16;
      state=Uint32Array.from(INIT$1);
      writeBuffer=new DataView(new ArrayBuffer(64));
      bufferLength=0;
      bytesHashed=0;
      update(sourceData) {
        const data = toUint8Array(sourceData);
        let pos = 0;
        let len = data.byteLength;
        this.bytesHashed += len;
        while (len > 0) {
          this.writeBuffer.setUint8(this.bufferLength++, data[pos++]);
          --len;
          if (this.bufferLength === 64) {
            compress(this.state, this.writeBuffer);
            this.bufferLength = 0;
          }
        }
      }
      async digest() {
        const state = Uint32Array.from(this.state);
        const buf = new DataView(this.writeBuffer.buffer.slice(0));
        let bufLen = this.bufferLength;
        const bits = this.bytesHashed * 8;
        buf.setUint8(bufLen++, 128);
        if (this.bufferLength % 64 >= 56) {
          for (let i = bufLen; i < 64; ++i) buf.setUint8(i, 0);
          compress(state, buf);
          bufLen = 0;
        }
        for (let i = bufLen; i < 56; ++i) buf.setUint8(i, 0);
        buf.setUint32(56, bits >>> 0, true);
        buf.setUint32(60, Math.floor(bits / 2 ** 32), true);
        compress(state, buf);
        const out = new Uint8Array(16);
        const view = new DataView(out.buffer);
        for (let i = 0; i < 4; ++i) view.setUint32(i * 4, state[i], true);
        return out;
      }
      reset() {
        this.state.set(INIT$1);
        this.writeBuffer = new DataView(new ArrayBuffer(64));
        this.bufferLength = 0;
        this.bytesHashed = 0;
      }
    }
    const INIT$1 = [ 1732584193, 4023233417, 2562383102, 271733878 ];
    const M = 4294967295;
    const S = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);
    const T = Array.from({
      length: 64
    }, (_, i) => Math.abs(Math.sin(i + 1)) * 2 ** 32 >>> 0);
    function compress(state, block) {
      let a = state[0], b = state[1], c = state[2], d = state[3];
      for (let i = 0; i < 64; ++i) {
        let f, g;
        if (i < 16) {
          f = b & c | ~b & d;
          g = i;
        } else if (i < 32) {
          f = d & b | c & ~d;
          g = (5 * i + 1) % 16;
        } else if (i < 48) {
          f = b ^ c ^ d;
          g = (3 * i + 5) % 16;
        } else {
          f = c ^ (b | ~d);
          g = 7 * i % 16;
        }
        const x = block.getUint32(g * 4, true);
        const tmp = d;
        d = c;
        c = b;
        const s = S[(i >> 4) * 4 + (i & 3)];
        const sum = (a + f & M) + (x + T[i] & M) & M;
        b = b + ((sum << s | sum >>> 32 - s) >>> 0) & M;
        a = tmp;
      }
      state[0] = state[0] + a & M;
      state[1] = state[1] + b & M;
      state[2] = state[2] + c & M;
      state[3] = state[3] + d & M;
    }
    const hasNativeCrypto$1 = (() => {
      try {
        createHash("md5");
        return true;
      } catch {
        return false;
      }
    })();
    const Md5Node = hasNativeCrypto$1 ? buildNativeClass$2() : Md5Js;
    function buildNativeClass$2() {
      return class {
        digestLength=16;
        hash=createHash("md5");
        update(data) {
          this.hash.update(toUint8Array(data));
        }
        async digest() {
          const buf = this.hash.copy().digest();
          return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
          this.hash = createHash("md5");
        }
      };
    }
    const CRC32_TABLE = new Uint32Array(256);
    for (let i = 0; i < 256; ++i) {
      let c = i;
      for (let j = 0; j < 8; ++j) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      CRC32_TABLE[i] = c >>> 0;
    }
    const ONES = 4294967295;
    class Crc32Js {
      digestLength=4;
      checksum=ONES;
      update(data) {
        for (let i = 0; i < data.length; ++i) this.checksum = this.checksum >>> 8 ^ CRC32_TABLE[(this.checksum ^ data[i]) & 255];
      }
      digestSync() {
        return (this.checksum ^ ONES) >>> 0;
      }
      async digest() {
        const value = this.digestSync();
        const out = new Uint8Array(4);
        new DataView(out.buffer).setUint32(0, value, false);
        return out;
      }
      reset() {
        this.checksum = ONES;
      }
    }
    const zlibCrc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : void 0;
    const Crc32Node = zlibCrc32 ? buildNativeClass$1(zlibCrc32) : Crc32Js;
    function buildNativeClass$1(nativeCrc32) {
      return class {
        digestLength=4;
        value=0;
        update(data) {
          this.value = nativeCrc32(data, this.value);
        }
        digestSync() {
          return this.value >>> 0;
        }
        async digest() {
          const out = new Uint8Array(4);
          new DataView(out.buffer).setUint32(0, this.digestSync(), false);
          return out;
        }
        reset() {
          this.value = 0;
        }
      };
    }
    const BLOCK = 64;
    const DIGEST_LENGTH = 32;
    const MAX_HASHABLE_LENGTH = 2 ** 53 - 1;
    class Sha256Js {
      digestLength=DIGEST_LENGTH;
      state=Int32Array.from(INIT);
      w;
      buffer=new Uint8Array(64);
      bufferLength=0;
      bytesHashed=0;
      finished=false;
      inner;
      outer;
      constructor(secret) {
        if (secret) {
          const key = Sha256Js.normalizeKey(secret);
          this.inner = new Sha256Js;
          this.outer = new Sha256Js;
          const {inner: inner, outer: outer} = this;
          const pad = new Uint8Array(BLOCK * 2);
          for (let i = 0; i < BLOCK; ++i) {
            pad[i] = 54 ^ key[i];
            pad[i + BLOCK] = 92 ^ key[i];
          }
          inner.update(pad.subarray(0, BLOCK));
          outer.update(pad.subarray(BLOCK));
        }
      }
      update(data) {
        if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
        if (this.inner) {
          this.inner.update(data);
          return;
        }
        const chunk = toUint8Array(data);
        let position = 0;
        let {byteLength: byteLength} = chunk;
        this.bytesHashed += byteLength;
        if (this.bytesHashed * 8 > MAX_HASHABLE_LENGTH) throw new Error("Cannot hash more than 2^53 - 1 bits");
        while (byteLength > 0) {
          this.buffer[this.bufferLength++] = chunk[position++];
          byteLength--;
          if (this.bufferLength === BLOCK) {
            this.hashBuffer();
            this.bufferLength = 0;
          }
        }
      }
      async digest() {
        const {inner: inner, outer: outer} = this;
        if (inner && outer) {
          if (this.finished) throw new Error("Attempted to digest an already finished HMAC.");
          this.finished = true;
          const innerDigest = inner.digestSync();
          outer.update(innerDigest);
          return outer.digestSync();
        }
        return this.digestSync();
      }
      reset() {
        this.state = Int32Array.from(INIT);
        this.buffer = new Uint8Array(64);
        this.bufferLength = 0;
        this.bytesHashed = 0;
      }
      digestSync() {
        const state = this.state.slice();
        const buffer = this.buffer.slice();
        let bufferLength = this.bufferLength;
        const bitsHashed = this.bytesHashed * 8;
        const bufferView = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        bufferView.setUint8(bufferLength++, 128);
        if ((bufferLength - 1) % BLOCK >= BLOCK - 8) {
          for (let i = bufferLength; i < BLOCK; ++i) bufferView.setUint8(i, 0);
          this.hashBufferWith(state, buffer);
          bufferLength = 0;
        }
        for (let i = bufferLength; i < BLOCK - 8; ++i) bufferView.setUint8(i, 0);
        bufferView.setUint32(BLOCK - 8, Math.floor(bitsHashed / 4294967296), false);
        bufferView.setUint32(BLOCK - 4, bitsHashed, false);
        this.hashBufferWith(state, buffer);
        const out = new Uint8Array(DIGEST_LENGTH);
        for (let i = 0; i < 8; ++i) {
          out[i * 4] = state[i] >>> 24 & 255;
          out[i * 4 + 1] = state[i] >>> 16 & 255;
          out[i * 4 + 2] = state[i] >>> 8 & 255;
          out[i * 4 + 3] = state[i] >>> 0 & 255;
        }
        return out;
      }
      static normalizeKey(secret) {
        const key = toUint8Array(secret);
        if (key.byteLength > BLOCK) {
          const h = new Sha256Js;
          h.update(key);
          const out = h.digestSync();
          const padded = new Uint8Array(BLOCK);
          padded.set(out);
          return padded;
        }
        if (key.byteLength < BLOCK) {
          const padded = new Uint8Array(BLOCK);
          padded.set(key);
          return padded;
        }
        return key;
      }
      hashBuffer() {
        this.hashBufferWith(this.state, this.buffer);
      }
      hashBufferWith(state, buffer) {
        const w = this.w ??= new Int32Array(64);
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4], s5 = state[5], s6 = state[6], s7 = state[7];
        for (let i = 0; i < BLOCK; ++i) {
          if (i < 16) w[i] = (buffer[i * 4] & 255) << 24 | (buffer[i * 4 + 1] & 255) << 16 | (buffer[i * 4 + 2] & 255) << 8 | buffer[i * 4 + 3] & 255; else {
            let u = w[i - 2];
            const t1 = (u >>> 17 | u << 15) ^ (u >>> 19 | u << 13) ^ u >>> 10;
            u = w[i - 15];
            const t2 = (u >>> 7 | u << 25) ^ (u >>> 18 | u << 14) ^ u >>> 3;
            w[i] = (t1 + w[i - 7] | 0) + (t2 + w[i - 16] | 0);
          }
          const t1 = (((s4 >>> 6 | s4 << 26) ^ (s4 >>> 11 | s4 << 21) ^ (s4 >>> 25 | s4 << 7)) + (s4 & s5 ^ ~s4 & s6) | 0) + (s7 + (K[i] + w[i] | 0) | 0) | 0;
          const t2 = ((s0 >>> 2 | s0 << 30) ^ (s0 >>> 13 | s0 << 19) ^ (s0 >>> 22 | s0 << 10)) + (s0 & s1 ^ s0 & s2 ^ s1 & s2) | 0;
          s7 = s6;
          s6 = s5;
          s5 = s4;
          s4 = s3 + t1 | 0;
          s3 = s2;
          s2 = s1;
          s1 = s0;
          s0 = t1 + t2 | 0;
        }
        state[0] += s0;
        state[1] += s1;
        state[2] += s2;
        state[3] += s3;
        state[4] += s4;
        state[5] += s5;
        state[6] += s6;
        state[7] += s7;
      }
    }
    const INIT = new Int32Array([ 1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225 ]);
    const K = new Int32Array([ 1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221, 3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986, 2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895, 666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344, 430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222, 2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298 ]);
    const hasNativeCrypto = (() => {
      try {
        createHash("sha256");
        return true;
      } catch {
        return false;
      }
    })();
    const Sha256Node = hasNativeCrypto ? buildNativeClass() : Sha256Js;
    function buildNativeClass() {
      return class {
        digestLength=32;
        secret;
        hash;
        isHmac;
        finished=false;
        constructor(secret) {
          this.secret = secret;
          this.isHmac = !!secret;
          this.hash = this.createHash();
        }
        update(data) {
          if (this.finished) throw new Error("Attempted to update an already finished hash.");
          this.hash.update(data);
        }
        async digest() {
          let buf;
          if (this.isHmac) {
            this.finished = true;
            buf = this.hash.digest();
          } else buf = this.hash.copy().digest();
          return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
          this.hash = this.createHash();
          this.finished = false;
        }
        createHash() {
          return this.secret ? createHmac("sha256", toBuffer(this.secret)) : createHash("sha256");
        }
      };
    }
    function toBuffer(data) {
      if (typeof data === "string") return data;
      if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      return Buffer.from(data);
    }
    const {digest: digest, sign: sign, importKey: importKey} = globalThis?.crypto?.subtle ?? {};
    const subtle = typeof digest === "function" && typeof sign === "function" && typeof importKey === "function" ? globalThis.crypto.subtle : void 0;
    const MAX_PENDING_BYTES = 8 * 1024 * 1024;
    class Sha256WebCrypto {
      digestLength=32;
      secret;
      pending=[];
      pendingBytes=0;
      fallback;
      finished=false;
      constructor(secret) {
        if (secret) this.secret = toUint8Array(secret);
      }
      update(data) {
        if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
        if (this.fallback) {
          this.fallback.update(data);
          return;
        }
        this.pending.push(data.slice());
        this.pendingBytes += data.byteLength;
        if (this.pendingBytes >= MAX_PENDING_BYTES) this.switchToFallback();
      }
      async digest() {
        if (this.fallback) return this.fallback.digest();
        if (this.secret && this.finished) throw new Error("Attempted to digest an already finished HMAC.");
        const data = concatBytes(this.pending);
        if (subtle) {
          if (this.secret) {
            this.finished = true;
            const key = await subtle.importKey("raw", this.secret, {
              name: "HMAC",
              hash: "SHA-256"
            }, false, [ "sign" ]);
            const sig = await subtle.sign("HMAC", key, data);
            return new Uint8Array(sig);
          }
          const hash = await subtle.digest("SHA-256", data);
          return new Uint8Array(hash);
        }
        const sha256 = new Sha256Js(this.secret);
        sha256.update(data);
        return sha256.digest();
      }
      reset() {
        this.pending = [];
        this.pendingBytes = 0;
        this.fallback = void 0;
        this.finished = false;
      }
      switchToFallback() {
        const sha256Js = new Sha256Js(this.secret);
        for (const chunk of this.pending) sha256Js.update(chunk);
        this.fallback = sha256Js;
        this.pending = [];
        this.pendingBytes = 0;
      }
    }
    exports.Crc32 = Crc32Node;
    exports.Crc32Js = Crc32Js;
    exports.Crc32Node = Crc32Node;
    exports.Md5 = Md5Node;
    exports.Md5Js = Md5Js;
    exports.Md5Node = Md5Node;
    exports.Sha256 = Sha256Node;
    exports.Sha256Js = Sha256Js;
    exports.Sha256Node = Sha256Node;
    exports.Sha256WebCrypto = Sha256WebCrypto;
    exports.blobHasher = blobHasher;
    exports.blobReader = blobReader;
    exports.fileStreamHasher = fileStreamHasher;
    exports.readableStreamHasher = readableStreamHasher;
    /***/  },
  /***/ 2658: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {hasOwn: hasOwn} = __nccwpck_require__(4534);
    const {getSmithyContext: getSmithyContext, normalizeProvider: normalizeProvider} = __nccwpck_require__(4534);
    exports.getSmithyContext = getSmithyContext;
    exports.normalizeProvider = normalizeProvider;
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY, AlgorithmId: AlgorithmId} = __nccwpck_require__(5662);
    exports.AlgorithmId = AlgorithmId;
    const {NormalizedSchema: NormalizedSchema} = __nccwpck_require__(6890);
    const getAllAliases = (name, aliases) => {
      const _aliases = [];
      if (name) _aliases.push(name);
      if (aliases) for (const alias of aliases) _aliases.push(alias);
      return _aliases;
    };
    const getMiddlewareNameWithAliases = (name, aliases) => `${name || "anonymous"}${aliases && aliases.length > 0 ? ` (a.k.a. ${aliases.join(",")})` : ""}`;
    const constructStack = () => {
      let absoluteEntries = [];
      let relativeEntries = [];
      let identifyOnResolve = false;
      const entriesNameSet = new Set;
      const sort = entries => entries.sort((a, b) => stepWeights[b.step] - stepWeights[a.step] || priorityWeights[b.priority || "normal"] - priorityWeights[a.priority || "normal"]);
      const removeByName = toRemove => {
        let isRemoved = false;
        const filterCb = entry => {
          const aliases = getAllAliases(entry.name, entry.aliases);
          if (aliases.includes(toRemove)) {
            isRemoved = true;
            for (const alias of aliases) entriesNameSet.delete(alias);
            return false;
          }
          return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
      };
      const removeByReference = toRemove => {
        let isRemoved = false;
        const filterCb = entry => {
          if (entry.middleware === toRemove) {
            isRemoved = true;
            for (const alias of getAllAliases(entry.name, entry.aliases)) entriesNameSet.delete(alias);
            return false;
          }
          return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
      };
      const cloneTo = toStack => {
        absoluteEntries.forEach(entry => {
          toStack.add(entry.middleware, {
            ...entry
          });
        });
        relativeEntries.forEach(entry => {
          toStack.addRelativeTo(entry.middleware, {
            ...entry
          });
        });
        toStack.identifyOnResolve?.(stack.identifyOnResolve());
        return toStack;
      };
      const expandRelativeMiddlewareList = from => {
        const expandedMiddlewareList = [];
        from.before.forEach(entry => {
          if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry); else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
        });
        expandedMiddlewareList.push(from);
        from.after.reverse().forEach(entry => {
          if (entry.before.length === 0 && entry.after.length === 0) expandedMiddlewareList.push(entry); else expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
        });
        return expandedMiddlewareList;
      };
      const getMiddlewareList = (debug = false) => {
        const normalizedAbsoluteEntries = [];
        const normalizedRelativeEntries = [];
        const normalizedEntriesNameMap = {};
        absoluteEntries.forEach(entry => {
          const normalizedEntry = {
            ...entry,
            before: [],
            after: []
          };
          for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
          normalizedAbsoluteEntries.push(normalizedEntry);
        });
        relativeEntries.forEach(entry => {
          const normalizedEntry = {
            ...entry,
            before: [],
            after: []
          };
          for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
          normalizedRelativeEntries.push(normalizedEntry);
        });
        normalizedRelativeEntries.forEach(entry => {
          if (entry.toMiddleware) {
            const toMiddleware = normalizedEntriesNameMap[entry.toMiddleware];
            if (toMiddleware === void 0) {
              if (debug) return;
              throw new Error(`${entry.toMiddleware} is not found when adding ` + `${getMiddlewareNameWithAliases(entry.name, entry.aliases)} ` + `middleware ${entry.relation} ${entry.toMiddleware}`);
            }
            if (entry.relation === "after") toMiddleware.after.push(entry);
            if (entry.relation === "before") toMiddleware.before.push(entry);
          }
        });
        const mainChain = sort(normalizedAbsoluteEntries).map(expandRelativeMiddlewareList).reduce((wholeList, expandedMiddlewareList) => {
          wholeList.push(...expandedMiddlewareList);
          return wholeList;
        }, []);
        return mainChain;
      };
      const stack = {
        add: (middleware, options = {}) => {
          const {name: name, override: override, aliases: _aliases} = options;
          const entry = {
            step: "initialize",
            priority: "normal",
            middleware: middleware,
            ...options
          };
          const aliases = getAllAliases(name, _aliases);
          if (aliases.length > 0) {
            if (aliases.some(alias => entriesNameSet.has(alias))) {
              if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
              for (const alias of aliases) {
                const toOverrideIndex = absoluteEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                if (toOverrideIndex === -1) continue;
                const toOverride = absoluteEntries[toOverrideIndex];
                if (toOverride.step !== entry.step || entry.priority !== toOverride.priority) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware with ` + `${toOverride.priority} priority in ${toOverride.step} step cannot ` + `be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware with ` + `${entry.priority} priority in ${entry.step} step.`);
                absoluteEntries.splice(toOverrideIndex, 1);
              }
            }
            for (const alias of aliases) entriesNameSet.add(alias);
          }
          absoluteEntries.push(entry);
        },
        addRelativeTo: (middleware, options) => {
          const {name: name, override: override, aliases: _aliases} = options;
          const entry = {
            middleware: middleware,
            ...options
          };
          const aliases = getAllAliases(name, _aliases);
          if (aliases.length > 0) {
            if (aliases.some(alias => entriesNameSet.has(alias))) {
              if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
              for (const alias of aliases) {
                const toOverrideIndex = relativeEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                if (toOverrideIndex === -1) continue;
                const toOverride = relativeEntries[toOverrideIndex];
                if (toOverride.toMiddleware !== entry.toMiddleware || toOverride.relation !== entry.relation) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware ` + `${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden ` + `by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware ${entry.relation} ` + `"${entry.toMiddleware}" middleware.`);
                relativeEntries.splice(toOverrideIndex, 1);
              }
            }
            for (const alias of aliases) entriesNameSet.add(alias);
          }
          relativeEntries.push(entry);
        },
        clone: () => cloneTo(constructStack()),
        use: plugin => {
          plugin.applyToStack(stack);
        },
        remove: toRemove => {
          if (typeof toRemove === "string") return removeByName(toRemove); else return removeByReference(toRemove);
        },
        removeByTag: toRemove => {
          let isRemoved = false;
          const filterCb = entry => {
            const {tags: tags, name: name, aliases: _aliases} = entry;
            if (tags && tags.includes(toRemove)) {
              const aliases = getAllAliases(name, _aliases);
              for (const alias of aliases) entriesNameSet.delete(alias);
              isRemoved = true;
              return false;
            }
            return true;
          };
          absoluteEntries = absoluteEntries.filter(filterCb);
          relativeEntries = relativeEntries.filter(filterCb);
          return isRemoved;
        },
        concat: from => {
          const cloned = cloneTo(constructStack());
          cloned.use(from);
          cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
          return cloned;
        },
        applyToStack: cloneTo,
        identify: () => getMiddlewareList(true).map(mw => {
          const step = mw.step ?? mw.relation + " " + mw.toMiddleware;
          return getMiddlewareNameWithAliases(mw.name, mw.aliases) + " - " + step;
        }),
        identifyOnResolve(toggle) {
          if (typeof toggle === "boolean") identifyOnResolve = toggle;
          return identifyOnResolve;
        },
        resolve: (handler, context) => {
          for (const middleware of getMiddlewareList().map(entry => entry.middleware).reverse()) handler = middleware(handler, context);
          if (identifyOnResolve) console.log(stack.identify());
          return handler;
        }
      };
      return stack;
    };
    const stepWeights = {
      initialize: 5,
      serialize: 4,
      build: 3,
      finalizeRequest: 2,
      deserialize: 1
    };
    const priorityWeights = {
      high: 3,
      normal: 2,
      low: 1
    };
    const invalidFunction = message => () => {
      throw new Error(message);
    };
    const invalidProvider = message => () => Promise.reject(message);
    const getCircularReplacer = () => {
      const seen = new WeakSet;
      return (key, value) => {
        if (typeof value === "object" && value !== null) {
          if (seen.has(value)) return "[Circular]";
          seen.add(value);
        }
        return value;
      };
    };
    const sleep = seconds => new Promise(resolve => setTimeout(resolve, seconds * 1e3));
    const waiterServiceDefaults = {
      minDelay: 2,
      maxDelay: 120
    };
    var WaiterState;
    (function(WaiterState) {
      WaiterState["ABORTED"] = "ABORTED";
      WaiterState["FAILURE"] = "FAILURE";
      WaiterState["SUCCESS"] = "SUCCESS";
      WaiterState["RETRY"] = "RETRY";
      WaiterState["TIMEOUT"] = "TIMEOUT";
    })(WaiterState || (WaiterState = {}));
    const checkExceptions = result => {
      if (result.state === WaiterState.ABORTED) {
        const abortError = new Error(`${JSON.stringify({
          ...result,
          reason: "Request was aborted"
        }, getCircularReplacer())}`);
        abortError.name = "AbortError";
        throw abortError;
      } else if (result.state === WaiterState.TIMEOUT) {
        const timeoutError = new Error(`${JSON.stringify({
          ...result,
          reason: "Waiter has timed out"
        }, getCircularReplacer())}`);
        timeoutError.name = "TimeoutError";
        throw timeoutError;
      } else if (result.state !== WaiterState.SUCCESS) throw new Error(`${JSON.stringify(result, getCircularReplacer())}`);
      return result;
    };
    const runPolling = async ({minDelay: minDelay, maxDelay: maxDelay, maxWaitTime: maxWaitTime, abortController: abortController, client: client, abortSignal: abortSignal}, input, acceptorChecks) => {
      const observedResponses = {};
      const [minDelayMs, maxDelayMs] = [ minDelay * 1e3, maxDelay * 1e3 ];
      let currentAttempt = 0;
      const waitUntil = Date.now() + maxWaitTime * 1e3;
      const warn403Time = Date.now() + 6e4;
      let didWarn403 = false;
      while (true) {
        if (currentAttempt > 0) {
          const delayMs = exponentialBackoffWithJitter(minDelayMs, maxDelayMs, currentAttempt, waitUntil);
          if (abortController?.signal?.aborted || abortSignal?.aborted) {
            const message = "AbortController signal aborted.";
            observedResponses[message] |= 0;
            observedResponses[message] += 1;
            return {
              state: WaiterState.ABORTED,
              observedResponses: observedResponses
            };
          }
          if (Date.now() + delayMs > waitUntil) return {
            state: WaiterState.TIMEOUT,
            observedResponses: observedResponses
          };
          await sleep(delayMs / 1e3);
        }
        const {state: state, reason: reason} = await acceptorChecks(client, input);
        if (reason) {
          const message = createMessageFromResponse(reason);
          observedResponses[message] |= 0;
          observedResponses[message] += 1;
        }
        if (state !== WaiterState.RETRY) return {
          state: state,
          reason: reason,
          final: reason,
          observedResponses: observedResponses
        };
        currentAttempt += 1;
        if (!didWarn403 && Date.now() >= warn403Time) {
          checkWarn403(observedResponses, client);
          didWarn403 = true;
        }
      }
    };
    const checkWarn403 = (observedResponses = {}, client) => {
      const orderedErrors = Object.keys(observedResponses);
      let count403 = 0;
      for (const response of orderedErrors) {
        const n = observedResponses[response] | 0;
        if (response.startsWith("403:")) count403 += n;
      }
      const clientLogger = client?.config?.logger;
      const warningLogger = typeof clientLogger?.warn === "function" && !clientLogger.constructor?.name?.includes?.("NoOpLogger") ? clientLogger : console;
      if (count403 >= 3 || orderedErrors[orderedErrors.length - 1]?.startsWith("403:")) warningLogger.warn(`@smithy/util-waiter WARN - 403 status code encountered during waiter polling.`);
    };
    const createMessageFromResponse = reason => {
      const status = reason?.$response?.statusCode ?? reason?.$metadata?.httpStatusCode;
      if (reason?.$responseBodyText) return `${status ? status + ": " : ""}Deserialization error for body: ${reason.$responseBodyText}`;
      if (status) {
        if (reason?.$response || reason?.message) return `${status ?? "Unknown"}: ${reason?.message}`;
        return `${status}: OK`;
      }
      return String(reason?.message ?? JSON.stringify(reason, getCircularReplacer()) ?? "Unknown");
    };
    const exponentialBackoffWithJitter = (minDelayMs, maxDelayMs, attempt, waitUntil) => {
      const attemptCountCeiling = Math.log(maxDelayMs / minDelayMs) / Math.log(2) + 1;
      if (attempt > attemptCountCeiling) return maxDelayMs;
      const delay = minDelayMs * 2 ** (attempt - 1);
      const capped = Math.min(delay, maxDelayMs);
      const waitFor = randomInRange(minDelayMs, capped);
      if (Date.now() + waitFor > waitUntil) {
        const timeRemaining = waitUntil - Date.now();
        return Math.max(0, timeRemaining - 500);
      }
      return waitFor;
    };
    const randomInRange = (min, max) => min + Math.random() * (max - min);
    const validateWaiterOptions = options => {
      if (options.maxWaitTime <= 0) throw new Error(`WaiterConfiguration.maxWaitTime must be greater than 0`); else if (options.minDelay <= 0) throw new Error(`WaiterConfiguration.minDelay must be greater than 0`); else if (options.maxDelay <= 0) throw new Error(`WaiterConfiguration.maxDelay must be greater than 0`); else if (options.maxWaitTime <= options.minDelay) throw new Error(`WaiterConfiguration.maxWaitTime [${options.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`); else if (options.maxDelay < options.minDelay) throw new Error(`WaiterConfiguration.maxDelay [${options.maxDelay}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    };
    const abortTimeout = abortSignal => {
      let onAbort;
      const promise = new Promise(resolve => {
        onAbort = () => resolve({
          state: WaiterState.ABORTED
        });
        if (typeof abortSignal.addEventListener === "function") abortSignal.addEventListener("abort", onAbort); else abortSignal.onabort = onAbort;
      });
      return {
        clearListener() {
          if (typeof abortSignal.removeEventListener === "function") abortSignal.removeEventListener("abort", onAbort);
        },
        aborted: promise
      };
    };
    const createWaiter = async (options, input, acceptorChecks) => {
      const params = {
        ...waiterServiceDefaults,
        ...options
      };
      validateWaiterOptions(params);
      const exitConditions = [ runPolling(params, input, acceptorChecks) ];
      const finalize = [];
      if (options.abortSignal) {
        const {aborted: aborted, clearListener: clearListener} = abortTimeout(options.abortSignal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
      }
      if (options.abortController?.signal) {
        const {aborted: aborted, clearListener: clearListener} = abortTimeout(options.abortController.signal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
      }
      return Promise.race(exitConditions).then(result => {
        for (const fn of finalize) fn();
        return result;
      });
    };
    class Client {
      config;
      middlewareStack=constructStack();
      initConfig;
      handlers;
      constructor(config) {
        this.config = config;
        const {protocol: protocol, protocolSettings: protocolSettings} = config;
        if (protocolSettings) if (typeof protocol === "function") config.protocol = new protocol(protocolSettings);
      }
      send(command, optionsOrCb, cb) {
        const options = typeof optionsOrCb !== "function" ? optionsOrCb : void 0;
        const callback = typeof optionsOrCb === "function" ? optionsOrCb : cb;
        const useHandlerCache = options === void 0 && this.config.cacheMiddleware === true;
        let handler;
        if (useHandlerCache) {
          if (!this.handlers) this.handlers = new WeakMap;
          const handlers = this.handlers;
          if (handlers.has(command.constructor)) handler = handlers.get(command.constructor); else {
            handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
            handlers.set(command.constructor, handler);
          }
        } else {
          delete this.handlers;
          handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
        }
        if (callback) handler(command).then(result => callback(null, result.output), err => callback(err)).catch(() => {}); else return handler(command).then(result => result.output);
      }
      destroy() {
        this.config?.requestHandler?.destroy?.();
        delete this.handlers;
      }
    }
    const SENSITIVE_STRING$1 = "***SensitiveInformation***";
    function schemaLogFilter(schema, data) {
      if (data == null) return data;
      const ns = NormalizedSchema.of(schema);
      if (ns.getMergedTraits().sensitive) return SENSITIVE_STRING$1;
      if (ns.isListSchema()) {
        const valueSchema = ns.getValueSchema();
        if (valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING$1;
        if (Array.isArray(data)) return data.map(value => schemaLogFilter(valueSchema, value));
      } else if (ns.isMapSchema()) {
        const valueSchema = ns.getValueSchema();
        if (ns.getKeySchema().getMergedTraits().sensitive || valueSchema.getMergedTraits().sensitive) return SENSITIVE_STRING$1;
        if (typeof data === "object") return Object.fromEntries(Object.entries(data).map(([key, value]) => [ key, schemaLogFilter(valueSchema, value) ]));
      } else if (ns.isStructSchema() && typeof data === "object") {
        const object = data;
        const newObject = {};
        for (const [member, memberNs] of ns.structIterator()) if (object[member] != null) newObject[member] = schemaLogFilter(memberNs, object[member]);
        return newObject;
      }
      return data;
    }
    const operationEventStreamMarker = Symbol.for("@smithy/op-event-stream");
    class Command {
      middlewareStack=constructStack();
      schema;
      static classBuilder() {
        return new ClassBuilder;
      }
      resolveMiddlewareWithContext(clientStack, configuration, options, {middlewareFn: middlewareFn, clientName: clientName, commandName: commandName, inputFilterSensitiveLog: inputFilterSensitiveLog, outputFilterSensitiveLog: outputFilterSensitiveLog, smithyContext: smithyContext, additionalContext: additionalContext, CommandCtor: CommandCtor}) {
        for (const mw of middlewareFn.bind(this)(CommandCtor, clientStack, configuration, options)) this.middlewareStack.use(mw);
        const stack = clientStack.concat(this.middlewareStack);
        const {logger: logger} = configuration;
        const additionalSmithyContext = additionalContext[SMITHY_CONTEXT_KEY];
        const handlerExecutionContext = {
          logger: logger,
          clientName: clientName,
          commandName: commandName,
          inputFilterSensitiveLog: inputFilterSensitiveLog,
          outputFilterSensitiveLog: outputFilterSensitiveLog,
          ...additionalContext,
          [SMITHY_CONTEXT_KEY]: {
            ...additionalSmithyContext,
            commandInstance: this,
            ...smithyContext,
            ...options?.metricsRecorder === void 0 ? {} : {
              metricsRecorder: options.metricsRecorder
            },
            ...options?.abortSignal === void 0 ? {} : {
              abortSignal: options.abortSignal
            }
          }
        };
        const {requestHandler: requestHandler} = configuration;
        let requestOptions = options ?? {};
        if (requestOptions.metricsRecorder) {
          requestOptions = {
            ...requestOptions
          };
          delete requestOptions.metricsRecorder;
        }
        let isEventStream;
        const schema = this.schema;
        const marker = schema?.[operationEventStreamMarker];
        if (marker !== void 0) isEventStream = marker; else if (schema) if (Array.isArray(schema) && schema[0] === 9) {
          const [, , , , input$, output$] = schema;
          isEventStream = schema[operationEventStreamMarker] = Boolean(NormalizedSchema.of(input$).getEventStreamMember() || NormalizedSchema.of(output$).getEventStreamMember());
        }
        if (isEventStream) requestOptions = {
          isEventStream: isEventStream,
          ...requestOptions
        };
        return stack.resolve(request => requestHandler.handle(request.request, requestOptions), handlerExecutionContext);
      }
    }
    class ClassBuilder {
      _init=() => {};
      _ep={};
      _middlewareFn=() => [];
      _commandName="";
      _clientName="";
      _additionalContext={};
      _smithyContext={};
      _inputFilterSensitiveLog=void 0;
      _outputFilterSensitiveLog=void 0;
      _serializer=null;
      _deserializer=null;
      _operationSchema;
      init(cb) {
        this._init = cb;
      }
      ep(endpointParameterInstructions) {
        this._ep = endpointParameterInstructions;
        return this;
      }
      m(middlewareSupplier) {
        this._middlewareFn = middlewareSupplier;
        return this;
      }
      s(service, operation, smithyContext = {}) {
        this._smithyContext = {
          service: service,
          operation: operation,
          ...smithyContext
        };
        return this;
      }
      c(additionalContext = {}) {
        this._additionalContext = additionalContext;
        return this;
      }
      n(clientName, commandName) {
        this._clientName = clientName;
        this._commandName = commandName;
        return this;
      }
      f(inputFilter = _ => _, outputFilter = _ => _) {
        this._inputFilterSensitiveLog = inputFilter;
        this._outputFilterSensitiveLog = outputFilter;
        return this;
      }
      ser(serializer) {
        this._serializer = serializer;
        return this;
      }
      de(deserializer) {
        this._deserializer = deserializer;
        return this;
      }
      sc(operation) {
        this._operationSchema = operation;
        this._smithyContext.operationSchema = operation;
        return this;
      }
      build() {
        const closure = this;
        let CommandRef;
        return CommandRef = class extends Command {
          input;
          static getEndpointParameterInstructions() {
            return closure._ep;
          }
          constructor(...[input]) {
            super();
            this.input = input ?? {};
            closure._init(this);
            this.schema = closure._operationSchema;
          }
          resolveMiddleware(stack, configuration, options) {
            const op = closure._operationSchema;
            const input = op?.[4] ?? op?.input;
            const output = op?.[5] ?? op?.output;
            return this.resolveMiddlewareWithContext(stack, configuration, options, {
              CommandCtor: CommandRef,
              middlewareFn: closure._middlewareFn,
              clientName: closure._clientName,
              commandName: closure._commandName,
              inputFilterSensitiveLog: closure._inputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, input) : _ => _),
              outputFilterSensitiveLog: closure._outputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, output) : _ => _),
              smithyContext: closure._smithyContext,
              additionalContext: closure._additionalContext
            });
          }
          serialize=closure._serializer;
          deserialize=closure._deserializer;
        };
      }
    }
    const SENSITIVE_STRING = "***SensitiveInformation***";
    const createAggregatedClient = (commands, Client, options) => {
      for (const [command, CommandCtor] of Object.entries(commands)) {
        const methodImpl = async function(args, optionsOrCb, cb) {
          const command = new CommandCtor(args);
          if (typeof optionsOrCb === "function") this.send(command, optionsOrCb); else if (typeof cb === "function") {
            if (typeof optionsOrCb !== "object") throw new Error(`Expected http options but got ${typeof optionsOrCb}`);
            this.send(command, optionsOrCb || {}, cb);
          } else return this.send(command, optionsOrCb);
        };
        const methodName = (command[0].toLowerCase() + command.slice(1)).replace(/Command$/, "");
        Client.prototype[methodName] = methodImpl;
      }
      const {paginators: paginators = {}, waiters: waiters = {}} = options ?? {};
      for (const [paginatorName, paginatorFn] of Object.entries(paginators)) if (Client.prototype[paginatorName] === void 0) Client.prototype[paginatorName] = function(commandInput = {}, paginationConfiguration, ...rest) {
        return paginatorFn({
          ...paginationConfiguration,
          client: this
        }, commandInput, ...rest);
      };
      for (const [waiterName, waiterFn] of Object.entries(waiters)) if (Client.prototype[waiterName] === void 0) Client.prototype[waiterName] = async function(commandInput = {}, waiterConfiguration, ...rest) {
        let config = waiterConfiguration;
        if (typeof waiterConfiguration === "number") config = {
          maxWaitTime: waiterConfiguration
        };
        return waiterFn({
          ...config,
          client: this
        }, commandInput, ...rest);
      };
    };
    class ServiceException extends Error {
      static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(options) {
        super(options.message);
        Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype);
        this.name = options.name;
        this.$fault = options.$fault;
        this.$metadata = options.$metadata;
      }
      static isInstance(value) {
        if (!value) return false;
        const candidate = value;
        return ServiceException.prototype.isPrototypeOf(candidate) || Boolean(candidate.$fault) && Boolean(candidate.$metadata) && (candidate.$fault === "client" || candidate.$fault === "server");
      }
      static [Symbol.hasInstance](instance) {
        if (!instance) return false;
        const candidate = instance;
        if (this === ServiceException) return ServiceException.isInstance(instance);
        if (ServiceException.isInstance(instance)) {
          if (this.prototype.isPrototypeOf(instance)) return true;
          const targetId = Object.prototype.hasOwnProperty.call(this, "shapeId") ? this.shapeId : void 0;
          let candidateHasShapeId = false;
          if (targetId) {
            let proto = Object.getPrototypeOf(candidate);
            while (proto && proto !== Object.prototype) {
              const ctor = proto.constructor;
              const candidateId = ctor !== ServiceException && Object.prototype.hasOwnProperty.call(ctor, "shapeId") ? ctor?.shapeId : void 0;
              if (candidateId) {
                candidateHasShapeId = true;
                if (candidateId === targetId) return true;
              }
              proto = Object.getPrototypeOf(proto);
            }
          }
          if (targetId && candidateHasShapeId) return false;
          const targetName = this.name;
          if (targetName && targetName.length >= 6) {
            if (candidate.name === targetName) return true;
            let proto = Object.getPrototypeOf(candidate);
            while (proto && proto !== Object.prototype) {
              const ctorName = proto.constructor?.name;
              if (ctorName && ctorName !== "Error" && ctorName === targetName) return true;
              proto = Object.getPrototypeOf(proto);
            }
          }
        }
        return false;
      }
    }
    const decorateServiceException = (exception, additions = {}) => {
      Object.entries(additions).filter(([, v]) => v !== void 0).forEach(([k, v]) => {
        if (exception[k] == void 0 || exception[k] === "") exception[k] = v;
      });
      const message = exception.message || exception.Message || "UnknownError";
      exception.message = message;
      delete exception.Message;
      return exception;
    };
    const throwDefaultError = ({output: output, parsedBody: parsedBody, exceptionCtor: exceptionCtor, errorCode: errorCode}) => {
      const $metadata = deserializeMetadata(output);
      const statusCode = $metadata.httpStatusCode ? $metadata.httpStatusCode + "" : void 0;
      const response = new exceptionCtor({
        name: parsedBody?.code || parsedBody?.Code || errorCode || statusCode || "UnknownError",
        $fault: "client",
        $metadata: $metadata
      });
      throw decorateServiceException(response, parsedBody);
    };
    const withBaseException = ExceptionCtor => ({output: output, parsedBody: parsedBody, errorCode: errorCode}) => {
      throwDefaultError({
        output: output,
        parsedBody: parsedBody,
        exceptionCtor: ExceptionCtor,
        errorCode: errorCode
      });
    };
    const deserializeMetadata = output => ({
      httpStatusCode: output.statusCode,
      requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
      extendedRequestId: output.headers["x-amz-id-2"],
      cfId: output.headers["x-amz-cf-id"]
    });
    const loadConfigsForDefaultMode = mode => {
      switch (mode) {
       case "standard":
        return {
          retryMode: "standard",
          connectionTimeout: 3100
        };

       case "in-region":
        return {
          retryMode: "standard",
          connectionTimeout: 1100
        };

       case "cross-region":
        return {
          retryMode: "standard",
          connectionTimeout: 3100
        };

       case "mobile":
        return {
          retryMode: "standard",
          connectionTimeout: 3e4
        };

       default:
        return {};
      }
    };
    let warningEmitted = false;
    const emitWarningIfUnsupportedVersion = version => {
      if (version && !warningEmitted && parseInt(version.substring(1, version.indexOf("."))) < 16) warningEmitted = true;
    };
    const knownAlgorithms = Object.values(AlgorithmId);
    const getChecksumConfiguration = runtimeConfig => {
      const checksumAlgorithms = [];
      for (const id in AlgorithmId) {
        if (!hasOwn(AlgorithmId, id)) continue;
        const algorithmId = AlgorithmId[id];
        if (runtimeConfig[algorithmId] === void 0) continue;
        checksumAlgorithms.push({
          algorithmId: () => algorithmId,
          checksumConstructor: () => runtimeConfig[algorithmId]
        });
      }
      for (const [id, ChecksumCtor] of Object.entries(runtimeConfig.checksumAlgorithms ?? {})) checksumAlgorithms.push({
        algorithmId: () => id,
        checksumConstructor: () => ChecksumCtor
      });
      return {
        addChecksumAlgorithm(algo) {
          runtimeConfig.checksumAlgorithms = runtimeConfig.checksumAlgorithms ?? {};
          const id = algo.algorithmId();
          const ctor = algo.checksumConstructor();
          if (knownAlgorithms.includes(id)) runtimeConfig.checksumAlgorithms[id.toUpperCase()] = ctor; else runtimeConfig.checksumAlgorithms[id] = ctor;
          checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
          return checksumAlgorithms;
        }
      };
    };
    const resolveChecksumRuntimeConfig = clientConfig => {
      const runtimeConfig = {};
      clientConfig.checksumAlgorithms().forEach(checksumAlgorithm => {
        const id = checksumAlgorithm.algorithmId();
        if (knownAlgorithms.includes(id)) runtimeConfig[id] = checksumAlgorithm.checksumConstructor();
      });
      return runtimeConfig;
    };
    const getRetryConfiguration = runtimeConfig => ({
      setRetryStrategy(retryStrategy) {
        runtimeConfig.retryStrategy = retryStrategy;
      },
      retryStrategy() {
        return runtimeConfig.retryStrategy;
      }
    });
    const resolveRetryRuntimeConfig = retryStrategyConfiguration => {
      const runtimeConfig = {};
      runtimeConfig.retryStrategy = retryStrategyConfiguration.retryStrategy();
      return runtimeConfig;
    };
    const getDefaultExtensionConfiguration = runtimeConfig => Object.assign(getChecksumConfiguration(runtimeConfig), getRetryConfiguration(runtimeConfig));
    const getDefaultClientConfiguration = getDefaultExtensionConfiguration;
    const resolveDefaultRuntimeConfig = config => Object.assign(resolveChecksumRuntimeConfig(config), resolveRetryRuntimeConfig(config));
    const getArrayIfSingleItem = mayBeArray => Array.isArray(mayBeArray) ? mayBeArray : [ mayBeArray ];
    const getValueFromTextNode = obj => {
      const textNodeName = "#text";
      for (const key in obj) {
        if (!hasOwn(obj, key)) continue;
        if (obj[key][textNodeName] !== void 0) obj[key] = obj[key][textNodeName]; else if (typeof obj[key] === "object" && obj[key] !== null) obj[key] = getValueFromTextNode(obj[key]);
      }
      return obj;
    };
    const isSerializableHeaderValue = value => value != null;
    class NoOpLogger {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    }
    function map(arg0, arg1, arg2) {
      let target;
      let filter;
      let instructions;
      if (typeof arg1 === "undefined" && typeof arg2 === "undefined") {
        target = {};
        instructions = arg0;
      } else {
        target = arg0;
        if (typeof arg1 === "function") {
          filter = arg1;
          instructions = arg2;
          return mapWithFilter(target, filter, instructions);
        } else instructions = arg1;
      }
      for (const key in instructions) {
        if (!hasOwn(instructions, key)) continue;
        if (!Array.isArray(instructions[key])) {
          target[key] = instructions[key];
          continue;
        }
        applyInstruction(target, null, instructions, key);
      }
      return target;
    }
    const convertMap = target => {
      const output = {};
      for (const [k, v] of Object.entries(target || {})) output[k] = [ , v ];
      return output;
    };
    const take = (source, instructions) => {
      const out = {};
      for (const key in instructions) {
        if (!hasOwn(instructions, key)) continue;
        applyInstruction(out, source, instructions, key);
      }
      return out;
    };
    const mapWithFilter = (target, filter, instructions) => map(target, Object.entries(instructions).reduce((_instructions, [key, value]) => {
      if (Array.isArray(value)) _instructions[key] = value; else if (typeof value === "function") _instructions[key] = [ filter, value() ]; else _instructions[key] = [ filter, value ];
      return _instructions;
    }, {}));
    const applyInstruction = (target, source, instructions, targetKey) => {
      if (source !== null) {
        let instruction = instructions[targetKey];
        if (typeof instruction === "function") instruction = [ , instruction ];
        const [filter = nonNullish, valueFn = pass, sourceKey = targetKey] = instruction;
        if (typeof filter === "function" && filter(source[sourceKey]) || typeof filter !== "function" && !!filter) target[targetKey] = valueFn(source[sourceKey]);
        return;
      }
      let [filter, value] = instructions[targetKey];
      if (typeof value === "function") {
        let _value;
        const defaultFilterPassed = filter === void 0 && (_value = value()) != null;
        const customFilterPassed = typeof filter === "function" && !!filter(void 0) || typeof filter !== "function" && !!filter;
        if (defaultFilterPassed) target[targetKey] = _value; else if (customFilterPassed) target[targetKey] = value();
      } else {
        const defaultFilterPassed = filter === void 0 && value != null;
        const customFilterPassed = typeof filter === "function" && !!filter(value) || typeof filter !== "function" && !!filter;
        if (defaultFilterPassed || customFilterPassed) target[targetKey] = value;
      }
    };
    const nonNullish = _ => _ != null;
    const pass = _ => _;
    const serializeFloat = value => {
      if (value !== value) return "NaN";
      switch (value) {
       case 1 / 0:
        return "Infinity";

       case -1 / 0:
        return "-Infinity";

       default:
        return value;
      }
    };
    const serializeDateTime = date => date.toISOString().replace(".000Z", "Z");
    const _json = obj => {
      if (obj == null) return {};
      if (Array.isArray(obj)) return obj.filter(_ => _ != null).map(_json);
      if (typeof obj === "object") {
        const target = {};
        for (const key in obj) {
          if (!hasOwn(obj, key)) continue;
          if (obj[key] == null) continue;
          target[key] = _json(obj[key]);
        }
        return target;
      }
      return obj;
    };
    function makeBuilder(common, service, name, ep) {
      return function(added, plugins, op, $, smithyContext = {}) {
        const epMerged = Object.assign({}, common, added);
        return Command.classBuilder().ep(epMerged).m(function(CommandCtor, clientStack, config, options) {
          const list = plugins.call(this, CommandCtor, clientStack, config, options);
          list.unshift(ep(config, CommandCtor.getEndpointParameterInstructions()));
          return list;
        }).s(service, op, smithyContext).n(name, op.charAt(0).toUpperCase() + op.slice(1) + "Command").sc($).build();
      };
    }
    exports.Client = Client;
    exports.Command = Command;
    exports.NoOpLogger = NoOpLogger;
    exports.SENSITIVE_STRING = SENSITIVE_STRING;
    exports.ServiceException = ServiceException;
    exports.WaiterState = WaiterState;
    exports._json = _json;
    exports.checkExceptions = checkExceptions;
    exports.constructStack = constructStack;
    exports.convertMap = convertMap;
    exports.createAggregatedClient = createAggregatedClient;
    exports.createWaiter = createWaiter;
    exports.decorateServiceException = decorateServiceException;
    exports.emitWarningIfUnsupportedVersion = emitWarningIfUnsupportedVersion;
    exports.getArrayIfSingleItem = getArrayIfSingleItem;
    exports.getChecksumConfiguration = getChecksumConfiguration;
    exports.getDefaultClientConfiguration = getDefaultClientConfiguration;
    exports.getDefaultExtensionConfiguration = getDefaultExtensionConfiguration;
    exports.getRetryConfiguration = getRetryConfiguration;
    exports.getValueFromTextNode = getValueFromTextNode;
    exports.invalidFunction = invalidFunction;
    exports.invalidProvider = invalidProvider;
    exports.isSerializableHeaderValue = isSerializableHeaderValue;
    exports.loadConfigsForDefaultMode = loadConfigsForDefaultMode;
    exports.makeBuilder = makeBuilder;
    exports.map = map;
    exports.resolveChecksumRuntimeConfig = resolveChecksumRuntimeConfig;
    exports.resolveDefaultRuntimeConfig = resolveDefaultRuntimeConfig;
    exports.resolveRetryRuntimeConfig = resolveRetryRuntimeConfig;
    exports.schemaLogFilter = schemaLogFilter;
    exports.serializeDateTime = serializeDateTime;
    exports.serializeFloat = serializeFloat;
    exports.take = take;
    exports.throwDefaultError = throwDefaultError;
    exports.waiterServiceDefaults = waiterServiceDefaults;
    exports.withBaseException = withBaseException;
    /***/  },
  /***/ 7291: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {homedir: homedir} = __nccwpck_require__(8161);
    const {sep: sep, join: join} = __nccwpck_require__(6760);
    const {createHash: createHash} = __nccwpck_require__(7598);
    const {readFile: readFile$1} = __nccwpck_require__(1455);
    const {IniSectionType: IniSectionType} = __nccwpck_require__(5662);
    const {normalizeProvider: normalizeProvider} = __nccwpck_require__(2658);
    const {isValidHostLabel: isValidHostLabel} = __nccwpck_require__(4534);
    class ProviderError extends Error {
      name="ProviderError";
      tryNextLink;
      constructor(message, options = true) {
        let logger;
        let tryNextLink = true;
        if (typeof options === "boolean") {
          logger = void 0;
          tryNextLink = options;
        } else if (options != null && typeof options === "object") {
          logger = options.logger;
          tryNextLink = options.tryNextLink ?? true;
        }
        super(message);
        this.tryNextLink = tryNextLink;
        Object.setPrototypeOf(this, ProviderError.prototype);
        logger?.debug?.(`@smithy/property-provider ${tryNextLink ? "->" : "(!)"} ${message}`);
      }
      static from(error, options = true) {
        return Object.assign(new this(error.message, options), error);
      }
    }
    class CredentialsProviderError extends ProviderError {
      name="CredentialsProviderError";
      constructor(message, options = true) {
        super(message, options);
        Object.setPrototypeOf(this, CredentialsProviderError.prototype);
      }
    }
    class TokenProviderError extends ProviderError {
      name="TokenProviderError";
      constructor(message, options = true) {
        super(message, options);
        Object.setPrototypeOf(this, TokenProviderError.prototype);
      }
    }
    const chain = (...providers) => async () => {
      if (providers.length === 0) throw new ProviderError("No providers in chain");
      let lastProviderError;
      for (const provider of providers) try {
        const credentials = await provider();
        return credentials;
      } catch (err) {
        lastProviderError = err;
        if (err?.tryNextLink) continue;
        throw err;
      }
      throw lastProviderError;
    };
    const fromValue = staticValue => () => Promise.resolve(staticValue);
    const memoize = (provider, isExpired, requiresRefresh) => {
      let resolved;
      let pending;
      let hasResult;
      let isConstant = false;
      const coalesceProvider = async () => {
        if (!pending) pending = provider();
        try {
          resolved = await pending;
          hasResult = true;
          isConstant = false;
        } finally {
          pending = void 0;
        }
        return resolved;
      };
      if (isExpired === void 0) return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
        return resolved;
      };
      return async options => {
        if (!hasResult || options?.forceRefresh) resolved = await coalesceProvider();
        if (isConstant) return resolved;
        if (requiresRefresh && !requiresRefresh(resolved)) {
          isConstant = true;
          return resolved;
        }
        if (isExpired(resolved)) {
          await coalesceProvider();
          return resolved;
        }
        return resolved;
      };
    };
    const booleanSelector = (obj, key, type) => {
      if (!(key in obj)) return;
      if (obj[key] === "true") return true;
      if (obj[key] === "false") return false;
      throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`);
    };
    const numberSelector = (obj, key, type) => {
      if (!(key in obj)) return;
      const numberValue = parseInt(obj[key], 10);
      if (Number.isNaN(numberValue)) throw new TypeError(`Cannot load ${type} '${key}'. Expected number, got '${obj[key]}'.`);
      return numberValue;
    };
    var SelectorType;
    (function(SelectorType) {
      SelectorType["ENV"] = "env";
      SelectorType["CONFIG"] = "shared config entry";
    })(SelectorType || (SelectorType = {}));
    const homeDirCache = {};
    const getHomeDirCacheKey = () => {
      if (process && process.geteuid) return `${process.geteuid()}`;
      return "DEFAULT";
    };
    const getHomeDir = () => {
      const {HOME: HOME, USERPROFILE: USERPROFILE, HOMEPATH: HOMEPATH, HOMEDRIVE: HOMEDRIVE = `C:${sep}`} = process.env;
      if (HOME) return HOME;
      if (USERPROFILE) return USERPROFILE;
      if (HOMEPATH) return `${HOMEDRIVE}${HOMEPATH}`;
      const homeDirCacheKey = getHomeDirCacheKey();
      if (!homeDirCache[homeDirCacheKey]) homeDirCache[homeDirCacheKey] = homedir();
      return homeDirCache[homeDirCacheKey];
    };
    const ENV_PROFILE = "AWS_PROFILE";
    const DEFAULT_PROFILE = "default";
    const getProfileName = init => init.profile || process.env[ENV_PROFILE] || DEFAULT_PROFILE;
    const getSSOTokenFilepath = id => {
      const hasher = createHash("sha1");
      const cacheName = hasher.update(id).digest("hex");
      return join(getHomeDir(), ".aws", "sso", "cache", `${cacheName}.json`);
    };
    const tokenIntercept = {};
    const getSSOTokenFromFile = async id => {
      if (tokenIntercept[id]) return tokenIntercept[id];
      const ssoTokenFilepath = getSSOTokenFilepath(id);
      const ssoTokenText = await readFile$1(ssoTokenFilepath, "utf8");
      return JSON.parse(ssoTokenText);
    };
    const CONFIG_PREFIX_SEPARATOR = ".";
    const getConfigData = data => Object.entries(data).filter(([key]) => {
      const indexOfSeparator = key.indexOf(CONFIG_PREFIX_SEPARATOR);
      if (indexOfSeparator === -1) return false;
      return Object.values(IniSectionType).includes(key.substring(0, indexOfSeparator));
    }).reduce((acc, [key, value]) => {
      const indexOfSeparator = key.indexOf(CONFIG_PREFIX_SEPARATOR);
      const updatedKey = key.substring(0, indexOfSeparator) === IniSectionType.PROFILE ? key.substring(indexOfSeparator + 1) : key;
      acc[updatedKey] = value;
      return acc;
    }, {
      ...data.default && {
        default: data.default
      }
    });
    const ENV_CONFIG_PATH = "AWS_CONFIG_FILE";
    const getConfigFilepath = () => process.env[ENV_CONFIG_PATH] || join(getHomeDir(), ".aws", "config");
    const ENV_CREDENTIALS_PATH = "AWS_SHARED_CREDENTIALS_FILE";
    const getCredentialsFilepath = () => process.env[ENV_CREDENTIALS_PATH] || join(getHomeDir(), ".aws", "credentials");
    const prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
    const profileNameBlockList = [ "__proto__", "profile __proto__" ];
    const parseIni = iniData => {
      const map = {};
      let currentSection;
      let currentSubSection;
      for (const iniLine of iniData.split(/\r?\n/)) {
        const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
        const isSection = trimmedLine[0] === "[" && trimmedLine[trimmedLine.length - 1] === "]";
        if (isSection) {
          currentSection = void 0;
          currentSubSection = void 0;
          const sectionName = trimmedLine.substring(1, trimmedLine.length - 1);
          const matches = prefixKeyRegex.exec(sectionName);
          if (matches) {
            const [, prefix, , name] = matches;
            if (Object.values(IniSectionType).includes(prefix)) currentSection = [ prefix, name ].join(CONFIG_PREFIX_SEPARATOR);
          } else currentSection = sectionName;
          if (profileNameBlockList.includes(sectionName)) throw new Error(`Found invalid profile name "${sectionName}"`);
        } else if (currentSection) {
          const indexOfEqualsSign = trimmedLine.indexOf("=");
          if (![ 0, -1 ].includes(indexOfEqualsSign)) {
            const [name, value] = [ trimmedLine.substring(0, indexOfEqualsSign).trim(), trimmedLine.substring(indexOfEqualsSign + 1).trim() ];
            if (value === "") currentSubSection = name; else {
              if (currentSubSection && iniLine.trimStart() === iniLine) currentSubSection = void 0;
              map[currentSection] = map[currentSection] || {};
              const key = currentSubSection ? [ currentSubSection, name ].join(CONFIG_PREFIX_SEPARATOR) : name;
              map[currentSection][key] = value;
            }
          }
        }
      }
      return map;
    };
    const filePromises = {};
    const fileIntercept = {};
    const readFile = (path, options) => {
      if (fileIntercept[path] !== void 0) return fileIntercept[path];
      if (!filePromises[path] || options?.ignoreCache) filePromises[path] = readFile$1(path, "utf8");
      return filePromises[path];
    };
    const swallowError$1 = () => ({});
    const loadSharedConfigFiles = async (init = {}) => {
      const {filepath: filepath = getCredentialsFilepath(), configFilepath: configFilepath = getConfigFilepath()} = init;
      const homeDir = getHomeDir();
      const relativeHomeDirPrefix = "~/";
      let resolvedFilepath = filepath;
      if (filepath.startsWith(relativeHomeDirPrefix)) resolvedFilepath = join(homeDir, filepath.slice(2));
      let resolvedConfigFilepath = configFilepath;
      if (configFilepath.startsWith(relativeHomeDirPrefix)) resolvedConfigFilepath = join(homeDir, configFilepath.slice(2));
      const parsedFiles = await Promise.all([ readFile(resolvedConfigFilepath, {
        ignoreCache: init.ignoreCache
      }).then(parseIni).then(getConfigData).catch(swallowError$1), readFile(resolvedFilepath, {
        ignoreCache: init.ignoreCache
      }).then(parseIni).catch(swallowError$1) ]);
      return {
        configFile: parsedFiles[0],
        credentialsFile: parsedFiles[1]
      };
    };
    const getSsoSessionData = data => Object.entries(data).filter(([key]) => key.startsWith(IniSectionType.SSO_SESSION + CONFIG_PREFIX_SEPARATOR)).reduce((acc, [key, value]) => ({
      ...acc,
      [key.substring(key.indexOf(CONFIG_PREFIX_SEPARATOR) + 1)]: value
    }), {});
    const swallowError = () => ({});
    const loadSsoSessionData = async (init = {}) => readFile(init.configFilepath ?? getConfigFilepath()).then(parseIni).then(getSsoSessionData).catch(swallowError);
    const mergeConfigFiles = (...files) => {
      const merged = {};
      for (const file of files) for (const [key, values] of Object.entries(file)) if (merged[key] !== void 0) Object.assign(merged[key], values); else merged[key] = values;
      return merged;
    };
    const parseKnownFiles = async init => {
      const parsedFiles = await loadSharedConfigFiles(init);
      return mergeConfigFiles(parsedFiles.configFile, parsedFiles.credentialsFile);
    };
    const externalDataInterceptor = {
      getFileRecord() {
        return fileIntercept;
      },
      interceptFile(path, contents) {
        fileIntercept[path] = Promise.resolve(contents);
      },
      getTokenRecord() {
        return tokenIntercept;
      },
      interceptToken(id, contents) {
        tokenIntercept[id] = contents;
      }
    };
    function getSelectorName(functionString) {
      try {
        const constants = new Set(Array.from(functionString.match(/([A-Z_]){3,}/g) ?? []));
        constants.delete("CONFIG");
        constants.delete("CONFIG_PREFIX_SEPARATOR");
        constants.delete("ENV");
        return [ ...constants ].join(", ");
      } catch (ignored) {
        return functionString;
      }
    }
    const fromEnv = (envVarSelector, options) => async () => {
      try {
        const config = envVarSelector(process.env, options);
        if (config === void 0) throw new Error;
        return config;
      } catch (e) {
        throw new CredentialsProviderError(e.message || `Not found in ENV: ${getSelectorName(envVarSelector.toString())}`, {
          logger: options?.logger
        });
      }
    };
    const fromSharedConfigFiles = (configSelector, {preferredFile: preferredFile = "config", ...init} = {}) => async () => {
      const profile = getProfileName(init);
      const {configFile: configFile, credentialsFile: credentialsFile} = await loadSharedConfigFiles(init);
      const profileFromCredentials = credentialsFile[profile] || {};
      const profileFromConfig = configFile[profile] || {};
      const mergedProfile = preferredFile === "config" ? {
        ...profileFromCredentials,
        ...profileFromConfig
      } : {
        ...profileFromConfig,
        ...profileFromCredentials
      };
      try {
        const cfgFile = preferredFile === "config" ? configFile : credentialsFile;
        const configValue = configSelector(mergedProfile, cfgFile);
        if (configValue === void 0) throw new Error;
        return configValue;
      } catch (e) {
        throw new CredentialsProviderError(e.message || `Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`, {
          logger: init.logger
        });
      }
    };
    const isFunction = func => typeof func === "function";
    const fromStatic = defaultValue => isFunction(defaultValue) ? async () => await defaultValue() : fromValue(defaultValue);
    const loadConfig = ({environmentVariableSelector: environmentVariableSelector, configFileSelector: configFileSelector, default: defaultValue}, configuration = {}) => {
      const {signingName: signingName, logger: logger} = configuration;
      const envOptions = {
        signingName: signingName,
        logger: logger
      };
      return memoize(chain(fromEnv(environmentVariableSelector, envOptions), fromSharedConfigFiles(configFileSelector, configuration), fromStatic(defaultValue)));
    };
    const ENV_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
    const CONFIG_USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint";
    const DEFAULT_USE_DUALSTACK_ENDPOINT = false;
    const NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_DUALSTACK_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_DUALSTACK_ENDPOINT, SelectorType.CONFIG),
      default: false
    };
    const nodeDualstackConfigSelectors = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_DUALSTACK_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_DUALSTACK_ENDPOINT, SelectorType.CONFIG),
      default: void 0
    };
    const ENV_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
    const CONFIG_USE_FIPS_ENDPOINT = "use_fips_endpoint";
    const DEFAULT_USE_FIPS_ENDPOINT = false;
    const NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_FIPS_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_FIPS_ENDPOINT, SelectorType.CONFIG),
      default: false
    };
    const nodeFipsConfigSelectors = {
      environmentVariableSelector: env => booleanSelector(env, ENV_USE_FIPS_ENDPOINT, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_USE_FIPS_ENDPOINT, SelectorType.CONFIG),
      default: void 0
    };
    const resolveCustomEndpointsConfig = input => {
      const {tls: tls, endpoint: endpoint, urlParser: urlParser, useDualstackEndpoint: useDualstackEndpoint} = input;
      return Object.assign(input, {
        tls: tls ?? true,
        endpoint: normalizeProvider(typeof endpoint === "string" ? urlParser(endpoint) : endpoint),
        isCustomEndpoint: true,
        useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? false)
      });
    };
    const getEndpointFromRegion = async input => {
      const {tls: tls = true} = input;
      const region = await input.region();
      const dnsHostRegex = new RegExp(/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/);
      if (!dnsHostRegex.test(region)) throw new Error("Invalid region in client config");
      const useDualstackEndpoint = await input.useDualstackEndpoint();
      const useFipsEndpoint = await input.useFipsEndpoint();
      const {hostname: hostname} = await input.regionInfoProvider(region, {
        useDualstackEndpoint: useDualstackEndpoint,
        useFipsEndpoint: useFipsEndpoint
      }) ?? {};
      if (!hostname) throw new Error("Cannot resolve hostname from client config");
      return input.urlParser(`${tls ? "https:" : "http:"}//${hostname}`);
    };
    const resolveEndpointsConfig = input => {
      const useDualstackEndpoint = normalizeProvider(input.useDualstackEndpoint ?? false);
      const {endpoint: endpoint, useFipsEndpoint: useFipsEndpoint, urlParser: urlParser, tls: tls} = input;
      return Object.assign(input, {
        tls: tls ?? true,
        endpoint: endpoint ? normalizeProvider(typeof endpoint === "string" ? urlParser(endpoint) : endpoint) : () => getEndpointFromRegion({
          ...input,
          useDualstackEndpoint: useDualstackEndpoint,
          useFipsEndpoint: useFipsEndpoint
        }),
        isCustomEndpoint: !!endpoint,
        useDualstackEndpoint: useDualstackEndpoint
      });
    };
    const AWS_EXECUTION_ENV = "AWS_EXECUTION_ENV";
    const AWS_REGION_ENV = "AWS_REGION";
    const AWS_DEFAULT_REGION_ENV = "AWS_DEFAULT_REGION";
    const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
    const DEFAULTS_MODE_OPTIONS = [ "in-region", "cross-region", "mobile", "standard", "legacy" ];
    const IMDS_REGION_PATH = "/latest/meta-data/placement/region";
    const IMDS_TOKEN_PATH = "/latest/api/token";
    const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";
    const X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";
    const TIMEOUT_MS = 1e3;
    const NEG_CACHE_TTL_MS = 6e4;
    let negativeCacheUntil = 0;
    const getInstanceMetadataRegion = async () => {
      if (process.env[ENV_IMDS_DISABLED]) return;
      if (Date.now() < negativeCacheUntil) return;
      try {
        const endpoint = resolveImdsEndpoint();
        const token = (await imdsRequest({
          ...endpoint,
          path: IMDS_TOKEN_PATH,
          method: "PUT",
          headers: {
            [X_AWS_EC2_METADATA_TOKEN_TTL]: "21600"
          }
        })).toString();
        const region = (await imdsRequest({
          ...endpoint,
          path: IMDS_REGION_PATH,
          method: "GET",
          headers: {
            [X_AWS_EC2_METADATA_TOKEN]: token
          }
        })).toString().trim();
        return region || cacheNegativeAndReturnUndefined();
      } catch {
        return cacheNegativeAndReturnUndefined();
      }
    };
    const cacheNegativeAndReturnUndefined = () => {
      negativeCacheUntil = Date.now() + NEG_CACHE_TTL_MS;
      return;
    };
    const resolveImdsEndpoint = () => {
      const envEndpoint = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
      if (envEndpoint) {
        const url = new URL(envEndpoint);
        return {
          hostname: url.hostname.replace(/^\[(.+)]$/, "$1"),
          port: url.port ? Number(url.port) : void 0
        };
      }
      if (process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6") return {
        hostname: "fd00:ec2::254"
      };
      return {
        hostname: "169.254.169.254"
      };
    };
    const imdsRequest = async options => {
      const {request: request} = __nccwpck_require__(7067);
      return new Promise((resolve, reject) => {
        const req = request({
          hostname: options.hostname,
          port: options.port,
          path: options.path,
          method: options.method,
          headers: options.headers,
          timeout: TIMEOUT_MS,
          signal: AbortSignal.timeout(TIMEOUT_MS)
        });
        req.on("error", err => {
          reject(err);
          req.destroy();
        });
        req.on("timeout", () => {
          reject(new Error("TimeoutError from instance metadata service"));
          req.destroy();
        });
        req.on("response", res => {
          const {statusCode: statusCode = 400} = res;
          if (statusCode < 200 || statusCode >= 300) {
            reject(Object.assign(new Error("Error response received from instance metadata service"), {
              statusCode: statusCode
            }));
            req.destroy();
            return;
          }
          const chunks = [];
          res.on("data", chunk => chunks.push(chunk));
          res.on("end", () => {
            resolve(Buffer.concat(chunks));
            req.destroy();
          });
        });
        req.end();
      });
    };
    const REGION_ENV_NAME = "AWS_REGION";
    const REGION_INI_NAME = "region";
    const NODE_REGION_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[REGION_ENV_NAME],
      configFileSelector: profile => profile[REGION_INI_NAME],
      default: async () => {
        const region = await getInstanceMetadataRegion();
        if (region) return region;
        throw new Error("Region is missing");
      }
    };
    const NODE_REGION_CONFIG_FILE_OPTIONS = {
      preferredFile: "credentials"
    };
    const validRegions = new Set;
    const checkRegion = (region, check = isValidHostLabel) => {
      if (!validRegions.has(region) && !check(region)) if (region === "*") console.warn(`@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.`); else throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`); else validRegions.add(region);
    };
    const isFipsRegion = region => typeof region === "string" && (region.startsWith("fips-") || region.endsWith("-fips"));
    const getRealRegion = region => isFipsRegion(region) ? [ "fips-aws-global", "aws-fips" ].includes(region) ? "us-east-1" : region.replace(/fips-(dkr-|prod-)?|-fips/, "") : region;
    const resolveRegionConfig = input => {
      const {region: region, useFipsEndpoint: useFipsEndpoint} = input;
      if (!region) throw new Error("Region is missing");
      return Object.assign(input, {
        region: async () => {
          const providedRegion = typeof region === "function" ? await region() : region;
          const realRegion = getRealRegion(providedRegion);
          checkRegion(realRegion);
          return realRegion;
        },
        useFipsEndpoint: async () => {
          const providedRegion = typeof region === "string" ? region : await region();
          if (isFipsRegion(providedRegion)) return true;
          return typeof useFipsEndpoint !== "function" ? Promise.resolve(!!useFipsEndpoint) : useFipsEndpoint();
        }
      });
    };
    const getHostnameFromVariants = (variants = [], {useFipsEndpoint: useFipsEndpoint, useDualstackEndpoint: useDualstackEndpoint}) => variants.find(({tags: tags}) => useFipsEndpoint === tags.includes("fips") && useDualstackEndpoint === tags.includes("dualstack"))?.hostname;
    const getResolvedHostname = (resolvedRegion, {regionHostname: regionHostname, partitionHostname: partitionHostname}) => regionHostname ? regionHostname : partitionHostname ? partitionHostname.replace("{region}", resolvedRegion) : void 0;
    const getResolvedPartition = (region, {partitionHash: partitionHash}) => Object.keys(partitionHash || {}).find(key => partitionHash[key].regions.includes(region)) ?? "aws";
    const getResolvedSigningRegion = (hostname, {signingRegion: signingRegion, regionRegex: regionRegex, useFipsEndpoint: useFipsEndpoint}) => {
      if (signingRegion) return signingRegion; else if (useFipsEndpoint) {
        const regionRegexJs = regionRegex.replace("\\\\", "\\").replace(/^\^/g, "\\.").replace(/\$$/g, "\\.");
        const regionRegexmatchArray = hostname.match(regionRegexJs);
        if (regionRegexmatchArray) return regionRegexmatchArray[0].slice(1, -1);
      }
    };
    const getRegionInfo = (region, {useFipsEndpoint: useFipsEndpoint = false, useDualstackEndpoint: useDualstackEndpoint = false, signingService: signingService, regionHash: regionHash, partitionHash: partitionHash}) => {
      const partition = getResolvedPartition(region, {
        partitionHash: partitionHash
      });
      const resolvedRegion = region in regionHash ? region : partitionHash[partition]?.endpoint ?? region;
      const hostnameOptions = {
        useFipsEndpoint: useFipsEndpoint,
        useDualstackEndpoint: useDualstackEndpoint
      };
      const regionHostname = getHostnameFromVariants(regionHash[resolvedRegion]?.variants, hostnameOptions);
      const partitionHostname = getHostnameFromVariants(partitionHash[partition]?.variants, hostnameOptions);
      const hostname = getResolvedHostname(resolvedRegion, {
        regionHostname: regionHostname,
        partitionHostname: partitionHostname
      });
      if (hostname === void 0) throw new Error(`Endpoint resolution failed for: ${{
        resolvedRegion: resolvedRegion,
        useFipsEndpoint: useFipsEndpoint,
        useDualstackEndpoint: useDualstackEndpoint
      }}`);
      const signingRegion = getResolvedSigningRegion(hostname, {
        signingRegion: regionHash[resolvedRegion]?.signingRegion,
        regionRegex: partitionHash[partition].regionRegex,
        useFipsEndpoint: useFipsEndpoint
      });
      return {
        partition: partition,
        signingService: signingService,
        hostname: hostname,
        ...signingRegion && {
          signingRegion: signingRegion
        },
        ...regionHash[resolvedRegion]?.signingService && {
          signingService: regionHash[resolvedRegion].signingService
        }
      };
    };
    const AWS_DEFAULTS_MODE_ENV = "AWS_DEFAULTS_MODE";
    const AWS_DEFAULTS_MODE_CONFIG = "defaults_mode";
    const NODE_DEFAULTS_MODE_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[AWS_DEFAULTS_MODE_ENV],
      configFileSelector: profile => profile[AWS_DEFAULTS_MODE_CONFIG],
      default: "legacy"
    };
    const resolveDefaultsModeConfig = ({region: region = loadConfig(NODE_REGION_CONFIG_OPTIONS), defaultsMode: defaultsMode = loadConfig(NODE_DEFAULTS_MODE_CONFIG_OPTIONS)} = {}) => memoize(async () => {
      const mode = typeof defaultsMode === "function" ? await defaultsMode() : defaultsMode;
      switch (mode?.toLowerCase()) {
       case "auto":
        return resolveNodeDefaultsModeAuto(region);

       case "in-region":
       case "cross-region":
       case "mobile":
       case "standard":
       case "legacy":
        return Promise.resolve(mode?.toLocaleLowerCase());

       case void 0:
        return Promise.resolve("legacy");

       default:
        throw new Error(`Invalid parameter for "defaultsMode", expect ${DEFAULTS_MODE_OPTIONS.join(", ")}, got ${mode}`);
      }
    });
    const resolveNodeDefaultsModeAuto = async clientRegion => {
      if (clientRegion) {
        const resolvedRegion = typeof clientRegion === "function" ? await clientRegion() : clientRegion;
        const inferredRegion = await inferPhysicalRegion();
        if (!inferredRegion) return "standard";
        if (resolvedRegion === inferredRegion) return "in-region"; else return "cross-region";
      }
      return "standard";
    };
    const inferPhysicalRegion = async () => {
      if (process.env[AWS_EXECUTION_ENV] && (process.env[AWS_REGION_ENV] || process.env[AWS_DEFAULT_REGION_ENV])) return process.env[AWS_REGION_ENV] ?? process.env[AWS_DEFAULT_REGION_ENV];
      return getInstanceMetadataRegion();
    };
    exports.CONFIG_PREFIX_SEPARATOR = CONFIG_PREFIX_SEPARATOR;
    exports.CONFIG_USE_DUALSTACK_ENDPOINT = CONFIG_USE_DUALSTACK_ENDPOINT;
    exports.CONFIG_USE_FIPS_ENDPOINT = CONFIG_USE_FIPS_ENDPOINT;
    exports.CredentialsProviderError = CredentialsProviderError;
    exports.DEFAULT_PROFILE = DEFAULT_PROFILE;
    exports.DEFAULT_USE_DUALSTACK_ENDPOINT = DEFAULT_USE_DUALSTACK_ENDPOINT;
    exports.DEFAULT_USE_FIPS_ENDPOINT = DEFAULT_USE_FIPS_ENDPOINT;
    exports.ENV_PROFILE = ENV_PROFILE;
    exports.ENV_USE_DUALSTACK_ENDPOINT = ENV_USE_DUALSTACK_ENDPOINT;
    exports.ENV_USE_FIPS_ENDPOINT = ENV_USE_FIPS_ENDPOINT;
    exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
    exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
    exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS;
    exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS;
    exports.ProviderError = ProviderError;
    exports.REGION_ENV_NAME = REGION_ENV_NAME;
    exports.REGION_INI_NAME = REGION_INI_NAME;
    exports.SelectorType = SelectorType;
    exports.TokenProviderError = TokenProviderError;
    exports.booleanSelector = booleanSelector;
    exports.chain = chain;
    exports.externalDataInterceptor = externalDataInterceptor;
    exports.fromStatic = fromStatic;
    exports.fromValue = fromValue;
    exports.getHomeDir = getHomeDir;
    exports.getProfileName = getProfileName;
    exports.getRegionInfo = getRegionInfo;
    exports.getSSOTokenFilepath = getSSOTokenFilepath;
    exports.getSSOTokenFromFile = getSSOTokenFromFile;
    exports.loadConfig = loadConfig;
    exports.loadSharedConfigFiles = loadSharedConfigFiles;
    exports.loadSsoSessionData = loadSsoSessionData;
    exports.memoize = memoize;
    exports.nodeDualstackConfigSelectors = nodeDualstackConfigSelectors;
    exports.nodeFipsConfigSelectors = nodeFipsConfigSelectors;
    exports.numberSelector = numberSelector;
    exports.parseKnownFiles = parseKnownFiles;
    exports.readFile = readFile;
    exports.resolveCustomEndpointsConfig = resolveCustomEndpointsConfig;
    exports.resolveDefaultsModeConfig = resolveDefaultsModeConfig;
    exports.resolveEndpointsConfig = resolveEndpointsConfig;
    exports.resolveRegionConfig = resolveRegionConfig;
    /***/  },
  /***/ 2085: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {CONFIG_PREFIX_SEPARATOR: CONFIG_PREFIX_SEPARATOR, booleanSelector: booleanSelector, SelectorType: SelectorType, loadConfig: loadConfig} = __nccwpck_require__(7291);
    const {toEndpointV1: toEndpointV1, getSmithyContext: getSmithyContext, normalizeProvider: normalizeProvider, isValidHostLabel: isValidHostLabel, hasOwn: hasOwn} = __nccwpck_require__(4534);
    exports.isValidHostLabel = isValidHostLabel;
    exports.middlewareEndpointToEndpointV1 = toEndpointV1;
    exports.toEndpointV1 = toEndpointV1;
    const {EndpointURLScheme: EndpointURLScheme} = __nccwpck_require__(5662);
    const ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    const CONFIG_ENDPOINT_URL = "endpoint_url";
    const getEndpointUrlConfig = serviceId => ({
      environmentVariableSelector: env => {
        const serviceSuffixParts = serviceId.split(" ").map(w => w.toUpperCase());
        const serviceEndpointUrl = env[[ ENV_ENDPOINT_URL, ...serviceSuffixParts ].join("_")];
        if (serviceEndpointUrl) return serviceEndpointUrl;
        const endpointUrl = env[ENV_ENDPOINT_URL];
        if (endpointUrl) return endpointUrl;
        return;
      },
      configFileSelector: (profile, config) => {
        if (profile.services) {
          const servicesSectionKey = [ "services", profile.services ].join(CONFIG_PREFIX_SEPARATOR);
          if (!config || !config[servicesSectionKey]) throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
          const servicesSection = config[servicesSectionKey];
          const servicePrefixParts = serviceId.split(" ").map(w => w.toLowerCase());
          const endpointUrl = servicesSection[[ servicePrefixParts.join("_"), CONFIG_ENDPOINT_URL ].join(CONFIG_PREFIX_SEPARATOR)];
          if (endpointUrl) return endpointUrl;
        }
        const endpointUrl = profile[CONFIG_ENDPOINT_URL];
        if (endpointUrl) return endpointUrl;
        return;
      },
      default: void 0
    });
    const ENV_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    const CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS = "ignore_configured_endpoint_urls";
    const ignoreConfiguredEndpointUrlsConfigSelectors = {
      environmentVariableSelector: env => booleanSelector(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.ENV),
      configFileSelector: profile => booleanSelector(profile, CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.CONFIG),
      default: false
    };
    const getEndpointFromConfig = async serviceId => {
      const ignore = await loadConfig(ignoreConfiguredEndpointUrlsConfigSelectors)();
      if (ignore) return;
      return loadConfig(getEndpointUrlConfig(serviceId ?? ""))();
    };
    const resolveParamsForS3 = async endpointParams => {
      const bucket = endpointParams?.Bucket || "";
      if (typeof endpointParams.Bucket === "string") endpointParams.Bucket = bucket.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"));
      if (isArnBucketName(bucket)) {
        if (endpointParams.ForcePathStyle === true) throw new Error("Path-style addressing cannot be used with ARN buckets");
      } else if (!isDnsCompatibleBucketName(bucket) || bucket.indexOf(".") !== -1 && !String(endpointParams.Endpoint).startsWith("http:") || bucket.toLowerCase() !== bucket || bucket.length < 3) endpointParams.ForcePathStyle = true;
      if (endpointParams.DisableMultiRegionAccessPoints) {
        endpointParams.disableMultiRegionAccessPoints = true;
        endpointParams.DisableMRAP = true;
      }
      return endpointParams;
    };
    const DOMAIN_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
    const IP_ADDRESS_PATTERN = /(\d+\.){3}\d+/;
    const DOTS_PATTERN = /\.\./;
    const isDnsCompatibleBucketName = bucketName => DOMAIN_PATTERN.test(bucketName) && !IP_ADDRESS_PATTERN.test(bucketName) && !DOTS_PATTERN.test(bucketName);
    const isArnBucketName = bucketName => {
      const [arn, partition, service, , , bucket] = bucketName.split(":");
      const isArn = arn === "arn" && bucketName.split(":").length >= 6;
      const isValidArn = Boolean(isArn && partition && service && bucket);
      if (isArn && !isValidArn) throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);
      return isValidArn;
    };
    const createConfigValueProvider = (configKey, canonicalEndpointParamKey, config, isClientContextParam = false) => {
      const configProvider = async () => {
        let configValue;
        if (isClientContextParam) {
          const clientContextParams = config.clientContextParams;
          const nestedValue = clientContextParams?.[configKey];
          configValue = nestedValue ?? config[configKey] ?? config[canonicalEndpointParamKey];
        } else configValue = config[configKey] ?? config[canonicalEndpointParamKey];
        if (typeof configValue === "function") return configValue();
        return configValue;
      };
      if (configKey === "credentialScope" || canonicalEndpointParamKey === "CredentialScope") return async () => {
        const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
        const configValue = credentials?.credentialScope ?? credentials?.CredentialScope;
        return configValue;
      };
      if (configKey === "accountId" || canonicalEndpointParamKey === "AccountId") return async () => {
        const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
        const configValue = credentials?.accountId ?? credentials?.AccountId;
        return configValue;
      };
      if (configKey === "endpoint" || canonicalEndpointParamKey === "endpoint") return async () => {
        if (config.isCustomEndpoint === false) return;
        const endpoint = await configProvider();
        if (endpoint && typeof endpoint === "object") {
          if ("url" in endpoint) return endpoint.url.href;
          if ("hostname" in endpoint) {
            const {protocol: protocol, hostname: hostname, port: port, path: path} = endpoint;
            return `${protocol}//${hostname}${port ? ":" + port : ""}${path}`;
          }
        }
        return endpoint;
      };
      return configProvider;
    };
    function bindGetEndpointFromInstructions(getEndpointFromConfig) {
      return async (commandInput, instructionsSupplier, clientConfig, context) => {
        if (!clientConfig.isCustomEndpoint && !clientConfig.ignoreConfiguredEndpointUrls) {
          let endpointFromConfig;
          if (clientConfig.serviceConfiguredEndpoint) endpointFromConfig = await clientConfig.serviceConfiguredEndpoint(); else endpointFromConfig = await getEndpointFromConfig(clientConfig.serviceId);
          if (endpointFromConfig) {
            clientConfig.endpoint = () => Promise.resolve(toEndpointV1(endpointFromConfig));
            clientConfig.isCustomEndpoint = true;
            context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`);
          }
        }
        const endpointParams = await resolveParams(commandInput, instructionsSupplier, clientConfig);
        if (typeof clientConfig.endpointProvider !== "function") throw new Error("config.endpointProvider is not set.");
        const endpoint = clientConfig.endpointProvider(endpointParams, context);
        if (clientConfig.isCustomEndpoint && clientConfig.endpoint) {
          const customEndpoint = await clientConfig.endpoint();
          if (customEndpoint?.headers) {
            endpoint.headers ??= {};
            for (const [name, value] of Object.entries(customEndpoint.headers)) endpoint.headers[name] = Array.isArray(value) ? value : [ value ];
          }
        }
        return endpoint;
      };
    }
    const resolveParams = async (commandInput, instructionsSupplier, clientConfig) => {
      const endpointParams = {};
      const instructions = instructionsSupplier?.getEndpointParameterInstructions?.() || {};
      for (const [name, instruction] of Object.entries(instructions)) switch (instruction.type) {
       case "staticContextParams":
        endpointParams[name] = instruction.value;
        break;

       case "contextParams":
        endpointParams[name] = commandInput[instruction.name];
        break;

       case "clientContextParams":
       case "builtInParams":
        endpointParams[name] = await createConfigValueProvider(instruction.name, name, clientConfig, instruction.type !== "builtInParams")();
        break;

       case "operationContextParams":
        endpointParams[name] = instruction.get(commandInput);
        break;

       default:
        throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(instruction));
      }
      if (Object.keys(instructions).length === 0) Object.assign(endpointParams, clientConfig);
      if (String(clientConfig.serviceId).toLowerCase() === "s3") await resolveParamsForS3(endpointParams);
      return endpointParams;
    };
    function setFeature(context, feature, value) {
      if (!context.__smithy_context) context.__smithy_context = {
        features: {}
      }; else if (!context.__smithy_context.features) context.__smithy_context.features = {};
      context.__smithy_context.features[feature] = value;
    }
    function bindEndpointMiddleware(getEndpointFromConfig) {
      const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
      return ({config: config, instructions: instructions}) => (next, context) => async args => {
        if (config.isCustomEndpoint) setFeature(context, "ENDPOINT_OVERRIDE", "N");
        const endpoint = await getEndpointFromInstructions(args.input, {
          getEndpointParameterInstructions() {
            return instructions;
          }
        }, {
          ...config
        }, context);
        context.endpointV2 = endpoint;
        context.authSchemes = endpoint.properties?.authSchemes;
        const authScheme = context.authSchemes?.[0];
        if (authScheme) {
          context["signing_region"] = authScheme.signingRegion;
          context["signing_service"] = authScheme.signingName;
          const smithyContext = getSmithyContext(context);
          const httpAuthOption = smithyContext?.selectedHttpAuthScheme?.httpAuthOption;
          if (httpAuthOption) httpAuthOption.signingProperties = Object.assign(httpAuthOption.signingProperties || {}, {
            signing_region: authScheme.signingRegion,
            signingRegion: authScheme.signingRegion,
            signing_service: authScheme.signingName,
            signingName: authScheme.signingName,
            signingRegionSet: authScheme.signingRegionSet
          }, authScheme.properties);
        }
        return next({
          ...args
        });
      };
    }
    const serializerMiddlewareOption = {
      name: "serializerMiddleware"
    };
    const endpointMiddlewareOptions = {
      step: "serialize",
      tags: [ "ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT" ],
      name: "endpointV2Middleware",
      override: true,
      relation: "before",
      toMiddleware: serializerMiddlewareOption.name
    };
    function bindGetEndpointPlugin(getEndpointFromConfig) {
      const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
      return (config, instructions) => ({
        applyToStack: clientStack => {
          clientStack.addRelativeTo(endpointMiddleware({
            config: config,
            instructions: instructions
          }), endpointMiddlewareOptions);
        }
      });
    }
    function bindResolveEndpointConfig(getEndpointFromConfig) {
      return input => {
        const tls = input.tls ?? true;
        const {endpoint: endpoint, useDualstackEndpoint: useDualstackEndpoint, useFipsEndpoint: useFipsEndpoint} = input;
        const customEndpointProvider = endpoint != null ? async () => toEndpointV1(await normalizeProvider(endpoint)()) : void 0;
        const isCustomEndpoint = !!endpoint;
        const resolvedConfig = Object.assign(input, {
          endpoint: customEndpointProvider,
          tls: tls,
          isCustomEndpoint: isCustomEndpoint,
          useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? false),
          useFipsEndpoint: normalizeProvider(useFipsEndpoint ?? false),
          ignoreConfiguredEndpointUrls: !!input.ignoreConfiguredEndpointUrls
        });
        let configuredEndpointPromise;
        resolvedConfig.serviceConfiguredEndpoint = async () => {
          if (input.serviceId && !configuredEndpointPromise) configuredEndpointPromise = getEndpointFromConfig(input.serviceId);
          return configuredEndpointPromise;
        };
        return resolvedConfig;
      };
    }
    class BinaryDecisionDiagram {
      nodes;
      root;
      conditions;
      results;
      constructor(bdd, root, conditions, results) {
        this.nodes = bdd;
        this.root = root;
        this.conditions = conditions;
        this.results = results;
      }
      static from(bdd, root, conditions, results) {
        return new BinaryDecisionDiagram(bdd, root, conditions, results);
      }
    }
    class EndpointCache {
      capacity;
      data=new Map;
      parameters=[];
      constructor({size: size, params: params}) {
        this.capacity = size ?? 50;
        if (params) this.parameters = params;
      }
      get(endpointParams, resolver) {
        const key = this.hash(endpointParams);
        if (key === false) return resolver();
        if (!this.data.has(key)) {
          if (this.data.size > this.capacity + 10) {
            const keys = this.data.keys();
            let i = 0;
            while (true) {
              const {value: value, done: done} = keys.next();
              this.data.delete(value);
              if (done || ++i > 10) break;
            }
          }
          this.data.set(key, resolver());
        }
        return this.data.get(key);
      }
      size() {
        return this.data.size;
      }
      hash(endpointParams) {
        let buffer = "";
        const {parameters: parameters} = this;
        if (parameters.length === 0) return false;
        for (const param of parameters) {
          const raw = endpointParams[param];
          const val = raw == null ? "\0" : String(raw);
          if (val.includes("|;")) return false;
          buffer += val + "|;";
        }
        return buffer;
      }
    }
    class EndpointError extends Error {
      constructor(message) {
        super(message);
        this.name = "EndpointError";
      }
    }
    const debugId = "endpoints";
    function toDebugString(input) {
      if (typeof input !== "object" || input == null) return input;
      if ("ref" in input) return `$${toDebugString(input.ref)}`;
      if ("fn" in input) return `${input.fn}(${(input.argv || []).map(toDebugString).join(", ")})`;
      return JSON.stringify(input, null, 2);
    }
    const customEndpointFunctions = {};
    const booleanEquals = (value1, value2) => value1 === value2;
    function coalesce(...args) {
      for (const arg of args) if (arg != null) return arg;
      return;
    }
    const getAttrPathList = path => {
      const parts = path.split(".");
      const pathList = [];
      for (const part of parts) {
        const squareBracketIndex = part.indexOf("[");
        if (squareBracketIndex !== -1) {
          if (part.indexOf("]") !== part.length - 1) throw new EndpointError(`Path: '${path}' does not end with ']'`);
          const arrayIndex = part.slice(squareBracketIndex + 1, -1);
          if (Number.isNaN(parseInt(arrayIndex))) throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);
          if (squareBracketIndex !== 0) pathList.push(part.slice(0, squareBracketIndex));
          pathList.push(arrayIndex);
        } else pathList.push(part);
      }
      return pathList;
    };
    const getAttr = (value, path) => getAttrPathList(path).reduce((acc, index) => {
      if (typeof acc !== "object") throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`); else if (Array.isArray(acc)) {
        const i = parseInt(index);
        return acc[i < 0 ? acc.length + i : i];
      }
      return acc[index];
    }, value);
    const isSet = value => value != null;
    function ite(condition, trueValue, falseValue) {
      return condition ? trueValue : falseValue;
    }
    const not = value => !value;
    const IP_V4_REGEX = new RegExp(`^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$`);
    const isIpAddress = value => IP_V4_REGEX.test(value) || value.startsWith("[") && value.endsWith("]");
    const DEFAULT_PORTS = {
      [EndpointURLScheme.HTTP]: 80,
      [EndpointURLScheme.HTTPS]: 443
    };
    const parseURL = value => {
      const whatwgURL = (() => {
        try {
          if (value instanceof URL) return value;
          if (typeof value === "object" && "hostname" in value) {
            const {hostname: hostname, port: port, protocol: protocol = "", path: path = "", query: query = {}} = value;
            const url = new URL(`${protocol}//${hostname}${port ? `:${port}` : ""}${path}`);
            url.search = Object.entries(query).map(([k, v]) => `${k}=${v}`).join("&");
            return url;
          }
          return new URL(value);
        } catch (ignored) {
          return null;
        }
      })();
      if (!whatwgURL) {
        console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`);
        return null;
      }
      const urlString = whatwgURL.href;
      const {host: host, hostname: hostname, pathname: pathname, protocol: protocol, search: search} = whatwgURL;
      if (search) return null;
      const scheme = protocol.slice(0, -1);
      if (!Object.values(EndpointURLScheme).includes(scheme)) return null;
      const isIp = isIpAddress(hostname);
      const inputContainsDefaultPort = urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`) || typeof value === "string" && value.includes(`${host}:${DEFAULT_PORTS[scheme]}`);
      const authority = `${host}${inputContainsDefaultPort ? `:${DEFAULT_PORTS[scheme]}` : ``}`;
      return {
        scheme: scheme,
        authority: authority,
        path: pathname,
        normalizedPath: pathname.endsWith("/") ? pathname : `${pathname}/`,
        isIp: isIp
      };
    };
    function split(value, delimiter, limit) {
      if (limit === 1) return [ value ];
      if (value === "") return [ "" ];
      const parts = value.split(delimiter);
      if (limit === 0) return parts;
      return parts.slice(0, limit - 1).concat(parts.slice(1).join(delimiter));
    }
    const stringEquals = (value1, value2) => value1 === value2;
    const substring = (input, start, stop, reverse) => {
      if (input == null || start >= stop || input.length < stop || /[^\u0000-\u007f]/.test(input)) return null;
      if (!reverse) return input.substring(start, stop);
      return input.substring(input.length - stop, input.length - start);
    };
    const uriEncode = value => encodeURIComponent(value).replace(/[!*'()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const endpointFunctions = {
      booleanEquals: booleanEquals,
      coalesce: coalesce,
      getAttr: getAttr,
      isSet: isSet,
      isValidHostLabel: isValidHostLabel,
      ite: ite,
      not: not,
      parseURL: parseURL,
      split: split,
      stringEquals: stringEquals,
      substring: substring,
      uriEncode: uriEncode
    };
    const evaluateTemplate = (template, options) => {
      const evaluatedTemplateArr = [];
      const {referenceRecord: referenceRecord, endpointParams: endpointParams} = options;
      let currentIndex = 0;
      while (currentIndex < template.length) {
        const openingBraceIndex = template.indexOf("{", currentIndex);
        if (openingBraceIndex === -1) {
          evaluatedTemplateArr.push(template.slice(currentIndex));
          break;
        }
        evaluatedTemplateArr.push(template.slice(currentIndex, openingBraceIndex));
        const closingBraceIndex = template.indexOf("}", openingBraceIndex);
        if (closingBraceIndex === -1) {
          evaluatedTemplateArr.push(template.slice(openingBraceIndex));
          break;
        }
        if (template[openingBraceIndex + 1] === "{" && template[closingBraceIndex + 1] === "}") {
          evaluatedTemplateArr.push(template.slice(openingBraceIndex + 1, closingBraceIndex));
          currentIndex = closingBraceIndex + 2;
        }
        const parameterName = template.substring(openingBraceIndex + 1, closingBraceIndex);
        if (parameterName.includes("#")) {
          const [refName, attrName] = parameterName.split("#");
          evaluatedTemplateArr.push(getAttr(referenceRecord[refName] ?? endpointParams[refName], attrName));
        } else evaluatedTemplateArr.push(referenceRecord[parameterName] ?? endpointParams[parameterName]);
        currentIndex = closingBraceIndex + 1;
      }
      return evaluatedTemplateArr.join("");
    };
    const getReferenceValue = ({ref: ref}, options) => options.referenceRecord[ref] ?? options.endpointParams[ref];
    const evaluateExpression = (obj, keyName, options) => {
      if (typeof obj === "string") return evaluateTemplate(obj, options); else if (obj["fn"]) return group$2.callFunction(obj, options); else if (obj["ref"]) return getReferenceValue(obj, options);
      throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`);
    };
    const callFunction = ({fn: fn, argv: argv}, options) => {
      const evaluatedArgs = Array(argv.length);
      for (let i = 0; i < evaluatedArgs.length; ++i) {
        const arg = argv[i];
        if (typeof arg === "boolean" || typeof arg === "number") evaluatedArgs[i] = arg; else evaluatedArgs[i] = group$2.evaluateExpression(arg, "arg", options);
      }
      const namespaceSeparatorIndex = fn.indexOf(".");
      if (namespaceSeparatorIndex !== -1) {
        const namespaceFunctions = customEndpointFunctions[fn.slice(0, namespaceSeparatorIndex)];
        const customFunction = namespaceFunctions?.[fn.slice(namespaceSeparatorIndex + 1)];
        if (typeof customFunction === "function") return customFunction(...evaluatedArgs);
      }
      const callable = endpointFunctions[fn];
      if (typeof callable === "function") return callable(...evaluatedArgs);
      throw new Error(`function ${fn} not loaded in endpointFunctions.`);
    };
    const group$2 = {
      evaluateExpression: evaluateExpression,
      callFunction: callFunction
    };
    const evaluateCondition = (condition, options) => {
      const {assign: assign} = condition;
      if (assign && assign in options.referenceRecord) throw new EndpointError(`'${assign}' is already defined in Reference Record.`);
      const value = callFunction(condition, options);
      options.logger?.debug?.(`${debugId} evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);
      const result = value === "" ? true : !!value;
      if (assign != null) return {
        result: result,
        toAssign: {
          name: assign,
          value: value
        }
      };
      return {
        result: result
      };
    };
    const getEndpointHeaders = (headers, options) => Object.entries(headers ?? {}).reduce((acc, [headerKey, headerVal]) => {
      acc[headerKey] = headerVal.map(headerValEntry => {
        const processedExpr = evaluateExpression(headerValEntry, "Header value entry", options);
        if (typeof processedExpr !== "string") throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);
        return processedExpr;
      });
      return acc;
    }, {});
    const getEndpointProperties = (properties, options) => Object.entries(properties).reduce((acc, [propertyKey, propertyVal]) => {
      acc[propertyKey] = group$1.getEndpointProperty(propertyVal, options);
      return acc;
    }, {});
    const getEndpointProperty = (property, options) => {
      if (Array.isArray(property)) return property.map(propertyEntry => getEndpointProperty(propertyEntry, options));
      switch (typeof property) {
       case "string":
        return evaluateTemplate(property, options);

       case "object":
        if (property === null) throw new EndpointError(`Unexpected endpoint property: ${property}`);
        return group$1.getEndpointProperties(property, options);

       case "boolean":
        return property;

       default:
        throw new EndpointError(`Unexpected endpoint property type: ${typeof property}`);
      }
    };
    const group$1 = {
      getEndpointProperty: getEndpointProperty,
      getEndpointProperties: getEndpointProperties
    };
    const getEndpointUrl = (endpointUrl, options) => {
      const expression = evaluateExpression(endpointUrl, "Endpoint URL", options);
      if (typeof expression === "string") try {
        return new URL(expression);
      } catch (error) {
        console.error(`Failed to construct URL with ${expression}`, error);
        throw error;
      }
      throw new EndpointError(`Endpoint URL must be a string, got ${typeof expression}`);
    };
    const RESULT = 1e8;
    const decideEndpoint = (bdd, options) => {
      const {nodes: nodes, root: root, results: results, conditions: conditions} = bdd;
      let ref = root;
      const referenceRecord = {};
      const closure = {
        referenceRecord: referenceRecord,
        endpointParams: options.endpointParams,
        logger: options.logger
      };
      while (ref !== 1 && ref !== -1 && ref < RESULT) {
        const node_i = 3 * (Math.abs(ref) - 1);
        const [condition_i, highRef, lowRef] = [ nodes[node_i], nodes[node_i + 1], nodes[node_i + 2] ];
        const [fn, argv, assign] = conditions[condition_i];
        const evaluation = evaluateCondition({
          fn: fn,
          assign: assign,
          argv: argv
        }, closure);
        if (evaluation.toAssign) {
          const {name: name, value: value} = evaluation.toAssign;
          referenceRecord[name] = value;
        }
        ref = ref >= 0 === evaluation.result ? highRef : lowRef;
      }
      if (ref >= RESULT) {
        const result = results[ref - RESULT];
        if (result[0] === -1) {
          const [, errorExpression] = result;
          throw new EndpointError(evaluateExpression(errorExpression, "Error", closure));
        }
        const [url, properties, headers] = result;
        return {
          url: getEndpointUrl(url, closure),
          properties: getEndpointProperties(properties, closure),
          headers: getEndpointHeaders(headers ?? {}, closure)
        };
      }
      throw new EndpointError(`No matching endpoint.`);
    };
    const evaluateConditions = (conditions = [], options) => {
      const conditionsReferenceRecord = {};
      const conditionOptions = {
        ...options,
        referenceRecord: {
          ...options.referenceRecord
        }
      };
      let didAssign = false;
      for (const condition of conditions) {
        const {result: result, toAssign: toAssign} = evaluateCondition(condition, conditionOptions);
        if (!result) return {
          result: result
        };
        if (toAssign) {
          didAssign = true;
          conditionsReferenceRecord[toAssign.name] = toAssign.value;
          conditionOptions.referenceRecord[toAssign.name] = toAssign.value;
          options.logger?.debug?.(`${debugId} assign: ${toAssign.name} := ${toDebugString(toAssign.value)}`);
        }
      }
      if (didAssign) return {
        result: true,
        referenceRecord: conditionsReferenceRecord
      };
      return {
        result: true
      };
    };
    const evaluateEndpointRule = (endpointRule, options) => {
      const {conditions: conditions, endpoint: endpoint} = endpointRule;
      const {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
      if (!result) return;
      const endpointRuleOptions = referenceRecord ? {
        ...options,
        referenceRecord: {
          ...options.referenceRecord,
          ...referenceRecord
        }
      } : options;
      const {url: url, properties: properties, headers: headers} = endpoint;
      options.logger?.debug?.(`${debugId} Resolving endpoint from template: ${toDebugString(endpoint)}`);
      const endpointToReturn = {
        url: getEndpointUrl(url, endpointRuleOptions)
      };
      if (headers != null) endpointToReturn.headers = getEndpointHeaders(headers, endpointRuleOptions);
      if (properties != null) endpointToReturn.properties = getEndpointProperties(properties, endpointRuleOptions);
      return endpointToReturn;
    };
    const evaluateErrorRule = (errorRule, options) => {
      const {conditions: conditions, error: error} = errorRule;
      const {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
      if (!result) return;
      const errorRuleOptions = referenceRecord ? {
        ...options,
        referenceRecord: {
          ...options.referenceRecord,
          ...referenceRecord
        }
      } : options;
      throw new EndpointError(evaluateExpression(error, "Error", errorRuleOptions));
    };
    const evaluateRules = (rules, options) => {
      for (const rule of rules) if (rule.type === "endpoint") {
        const endpointOrUndefined = evaluateEndpointRule(rule, options);
        if (endpointOrUndefined) return endpointOrUndefined;
      } else if (rule.type === "error") evaluateErrorRule(rule, options); else if (rule.type === "tree") {
        const endpointOrUndefined = group.evaluateTreeRule(rule, options);
        if (endpointOrUndefined) return endpointOrUndefined;
      } else throw new EndpointError(`Unknown endpoint rule: ${rule}`);
      throw new EndpointError(`Rules evaluation failed`);
    };
    const evaluateTreeRule = (treeRule, options) => {
      const {conditions: conditions, rules: rules} = treeRule;
      const {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
      if (!result) return;
      const treeRuleOptions = referenceRecord ? {
        ...options,
        referenceRecord: {
          ...options.referenceRecord,
          ...referenceRecord
        }
      } : options;
      return group.evaluateRules(rules, treeRuleOptions);
    };
    const group = {
      evaluateRules: evaluateRules,
      evaluateTreeRule: evaluateTreeRule
    };
    const resolveEndpoint = (ruleSetObject, options) => {
      const {endpointParams: endpointParams, logger: logger} = options;
      const {parameters: parameters, rules: rules} = ruleSetObject;
      options.logger?.debug?.(`${debugId} Initial EndpointParams: ${toDebugString(endpointParams)}`);
      for (const paramKey in parameters) {
        if (!hasOwn(parameters, paramKey)) continue;
        const parameter = parameters[paramKey];
        const endpointParam = endpointParams[paramKey];
        if (endpointParam == null && parameter.default != null) {
          endpointParams[paramKey] = parameter.default;
          continue;
        }
        if (parameter.required && endpointParam == null) throw new EndpointError(`Missing required parameter: '${paramKey}'`);
      }
      const endpoint = evaluateRules(rules, {
        endpointParams: endpointParams,
        logger: logger,
        referenceRecord: {}
      });
      options.logger?.debug?.(`${debugId} Resolved endpoint: ${toDebugString(endpoint)}`);
      return endpoint;
    };
    const resolveEndpointRequiredConfig = input => {
      const {endpoint: endpoint} = input;
      if (endpoint === void 0) input.endpoint = async () => {
        throw new Error("@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.");
      };
      return input;
    };
    const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
    const resolveEndpointConfig = bindResolveEndpointConfig(getEndpointFromConfig);
    const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
    const getEndpointPlugin = bindGetEndpointPlugin(getEndpointFromConfig);
    exports.BinaryDecisionDiagram = BinaryDecisionDiagram;
    exports.EndpointCache = EndpointCache;
    exports.EndpointError = EndpointError;
    exports.customEndpointFunctions = customEndpointFunctions;
    exports.decideEndpoint = decideEndpoint;
    exports.endpointMiddleware = endpointMiddleware;
    exports.endpointMiddlewareOptions = endpointMiddlewareOptions;
    exports.getEndpointFromInstructions = getEndpointFromInstructions;
    exports.getEndpointPlugin = getEndpointPlugin;
    exports.isIpAddress = isIpAddress;
    exports.resolveEndpoint = resolveEndpoint;
    exports.resolveEndpointConfig = resolveEndpointConfig;
    exports.resolveEndpointRequiredConfig = resolveEndpointRequiredConfig;
    exports.resolveParams = resolveParams;
    /***/  },
  /***/ 6579: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {Crc32: Crc32} = __nccwpck_require__(9542);
    const {hasOwn: hasOwn} = __nccwpck_require__(4534);
    const {toHex: toHex, fromHex: fromHex, toUtf8: toUtf8, fromUtf8: fromUtf8} = __nccwpck_require__(2430);
    const {Readable: Readable} = __nccwpck_require__(7075);
    const {TypeRegistry: TypeRegistry} = __nccwpck_require__(6890);
    class Int64 {
      bytes;
      constructor(bytes) {
        this.bytes = bytes;
        if (bytes.byteLength !== 8) throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(number) {
        if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        const bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, 
        remaining /= 256) bytes[i] = remaining;
        if (number < 0) negate(bytes);
        return new Int64(bytes);
      }
      valueOf() {
        const bytes = this.bytes.slice(0);
        const negative = bytes[0] & 128;
        if (negative) negate(bytes);
        return parseInt(toHex(bytes), 16) * (negative ? -1 : 1);
      }
      toString() {
        return String(this.valueOf());
      }
    }
    function negate(bytes) {
      for (let i = 0; i < 8; i++) bytes[i] ^= 255;
      for (let i = 7; i > -1; i--) {
        bytes[i]++;
        if (bytes[i] !== 0) break;
      }
    }
    class HeaderMarshaller {
      toUtf8;
      fromUtf8;
      constructor(toUtf8, fromUtf8) {
        this.toUtf8 = toUtf8;
        this.fromUtf8 = fromUtf8;
      }
      format(headers) {
        const chunks = [];
        for (const headerName in headers) {
          if (!hasOwn(headers, headerName)) continue;
          const bytes = this.fromUtf8(headerName);
          if (bytes.byteLength > 255) throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${bytes.byteLength}`);
          chunks.push(Uint8Array.from([ bytes.byteLength ]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
        let position = 0;
        for (const chunk of chunks) {
          out.set(chunk, position);
          position += chunk.byteLength;
        }
        return out;
      }
      formatHeaderValue(header) {
        switch (header.type) {
         case "boolean":
          return Uint8Array.from([ header.value ? 0 : 1 ]);

         case "byte":
          return Uint8Array.from([ 2, header.value ]);

         case "short":
          const shortView = new DataView(new ArrayBuffer(3));
          shortView.setUint8(0, 3);
          shortView.setInt16(1, header.value, false);
          return new Uint8Array(shortView.buffer);

         case "integer":
          const intView = new DataView(new ArrayBuffer(5));
          intView.setUint8(0, 4);
          intView.setInt32(1, header.value, false);
          return new Uint8Array(intView.buffer);

         case "long":
          const longBytes = new Uint8Array(9);
          longBytes[0] = 5;
          longBytes.set(header.value.bytes, 1);
          return longBytes;

         case "binary":
          if (header.value.byteLength > MAX_HEADER_VALUE_BYTES) throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${header.value.byteLength}`);
          const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
          binView.setUint8(0, 6);
          binView.setUint16(1, header.value.byteLength, false);
          const binBytes = new Uint8Array(binView.buffer);
          binBytes.set(header.value, 3);
          return binBytes;

         case "string":
          const utf8Bytes = this.fromUtf8(header.value);
          if (utf8Bytes.byteLength > MAX_HEADER_VALUE_BYTES) throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${utf8Bytes.byteLength}`);
          const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
          strView.setUint8(0, 7);
          strView.setUint16(1, utf8Bytes.byteLength, false);
          const strBytes = new Uint8Array(strView.buffer);
          strBytes.set(utf8Bytes, 3);
          return strBytes;

         case "timestamp":
          const tsBytes = new Uint8Array(9);
          tsBytes[0] = 8;
          tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
          return tsBytes;

         case "uuid":
          if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
          const uuidBytes = new Uint8Array(17);
          uuidBytes[0] = 9;
          uuidBytes.set(fromHex(header.value.replace(/-/g, "")), 1);
          return uuidBytes;
        }
      }
      parse(headers) {
        const out = {};
        let position = 0;
        while (position < headers.byteLength) {
          const nameLength = headers.getUint8(position++);
          const name = this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, nameLength));
          position += nameLength;
          switch (headers.getUint8(position++)) {
           case 0:
            out[name] = {
              type: BOOLEAN_TAG,
              value: true
            };
            break;

           case 1:
            out[name] = {
              type: BOOLEAN_TAG,
              value: false
            };
            break;

           case 2:
            out[name] = {
              type: BYTE_TAG,
              value: headers.getInt8(position++)
            };
            break;

           case 3:
            out[name] = {
              type: SHORT_TAG,
              value: headers.getInt16(position, false)
            };
            position += 2;
            break;

           case 4:
            out[name] = {
              type: INT_TAG,
              value: headers.getInt32(position, false)
            };
            position += 4;
            break;

           case 5:
            out[name] = {
              type: LONG_TAG,
              value: new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8))
            };
            position += 8;
            break;

           case 6:
            const binaryLength = headers.getUint16(position, false);
            position += 2;
            out[name] = {
              type: BINARY_TAG,
              value: new Uint8Array(headers.buffer, headers.byteOffset + position, binaryLength)
            };
            position += binaryLength;
            break;

           case 7:
            const stringLength = headers.getUint16(position, false);
            position += 2;
            out[name] = {
              type: STRING_TAG,
              value: this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, stringLength))
            };
            position += stringLength;
            break;

           case 8:
            out[name] = {
              type: TIMESTAMP_TAG,
              value: new Date(new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8)).valueOf())
            };
            position += 8;
            break;

           case 9:
            const uuidBytes = new Uint8Array(headers.buffer, headers.byteOffset + position, 16);
            position += 16;
            out[name] = {
              type: UUID_TAG,
              value: `${toHex(uuidBytes.subarray(0, 4))}-${toHex(uuidBytes.subarray(4, 6))}-${toHex(uuidBytes.subarray(6, 8))}-${toHex(uuidBytes.subarray(8, 10))}-${toHex(uuidBytes.subarray(10))}`
            };
            break;

           default:
            throw new Error(`Unrecognized header type tag`);
          }
        }
        return out;
      }
    }
    var HEADER_VALUE_TYPE;
    (function(HEADER_VALUE_TYPE) {
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
      HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
    })(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
    const BOOLEAN_TAG = "boolean";
    const BYTE_TAG = "byte";
    const SHORT_TAG = "short";
    const INT_TAG = "integer";
    const LONG_TAG = "long";
    const BINARY_TAG = "binary";
    const STRING_TAG = "string";
    const TIMESTAMP_TAG = "timestamp";
    const UUID_TAG = "uuid";
    const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
    const MAX_HEADER_VALUE_BYTES = 32767;
    const PRELUDE_MEMBER_LENGTH = 4;
    const PRELUDE_LENGTH = PRELUDE_MEMBER_LENGTH * 2;
    const CHECKSUM_LENGTH = 4;
    const MINIMUM_MESSAGE_LENGTH = PRELUDE_LENGTH + CHECKSUM_LENGTH * 2;
    function splitMessage({byteLength: byteLength, byteOffset: byteOffset, buffer: buffer}) {
      if (byteLength < MINIMUM_MESSAGE_LENGTH) throw new Error("Provided message too short to accommodate event stream message overhead");
      const view = new DataView(buffer, byteOffset, byteLength);
      const messageLength = view.getUint32(0, false);
      if (byteLength !== messageLength) throw new Error("Reported message length does not match received message length");
      const headerLength = view.getUint32(PRELUDE_MEMBER_LENGTH, false);
      const expectedPreludeChecksum = view.getUint32(PRELUDE_LENGTH, false);
      const expectedMessageChecksum = view.getUint32(byteLength - CHECKSUM_LENGTH, false);
      const checksummer = new Crc32;
      checksummer.update(new Uint8Array(buffer, byteOffset, PRELUDE_LENGTH));
      if (expectedPreludeChecksum !== checksummer.digestSync()) throw new Error(`The prelude checksum specified in the message (${expectedPreludeChecksum}) does not match the calculated CRC32 checksum (${checksummer.digestSync()})`);
      checksummer.update(new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH, byteLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH)));
      if (expectedMessageChecksum !== checksummer.digestSync()) throw new Error(`The message checksum (${checksummer.digestSync()}) did not match the expected value of ${expectedMessageChecksum}`);
      return {
        headers: new DataView(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH, headerLength),
        body: new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH + headerLength, messageLength - headerLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH + CHECKSUM_LENGTH))
      };
    }
    class EventStreamCodec {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(toUtf8, fromUtf8) {
        this.headerMarshaller = new HeaderMarshaller(toUtf8, fromUtf8);
        this.messageBuffer = [];
        this.isEndOfStream = false;
      }
      feed(message) {
        this.messageBuffer.push(this.decode(message));
      }
      endOfStream() {
        this.isEndOfStream = true;
      }
      getMessage() {
        const message = this.messageBuffer.pop();
        const isEndOfStream = this.isEndOfStream;
        return {
          getMessage() {
            return message;
          },
          isEndOfStream() {
            return isEndOfStream;
          }
        };
      }
      getAvailableMessages() {
        const messages = this.messageBuffer;
        this.messageBuffer = [];
        const isEndOfStream = this.isEndOfStream;
        return {
          getMessages() {
            return messages;
          },
          isEndOfStream() {
            return isEndOfStream;
          }
        };
      }
      encode({headers: rawHeaders, body: body}) {
        const headers = this.headerMarshaller.format(rawHeaders);
        const length = headers.byteLength + body.byteLength + 16;
        const out = new Uint8Array(length);
        const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
        const checksum = new Crc32;
        view.setUint32(0, length, false);
        view.setUint32(4, headers.byteLength, false);
        checksum.update(out.subarray(0, 8));
        view.setUint32(8, checksum.digestSync(), false);
        out.set(headers, 12);
        out.set(body, headers.byteLength + 12);
        checksum.update(out.subarray(8, length - 4));
        view.setUint32(length - 4, checksum.digestSync(), false);
        return out;
      }
      decode(message) {
        const {headers: headers, body: body} = splitMessage(message);
        return {
          headers: this.headerMarshaller.parse(headers),
          body: body
        };
      }
      formatHeaders(rawHeaders) {
        return this.headerMarshaller.format(rawHeaders);
      }
    }
    class MessageDecoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const bytes of this.options.inputStream) {
          const decoded = this.options.decoder.decode(bytes);
          yield decoded;
        }
      }
    }
    class MessageEncoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const msg of this.options.messageStream) {
          const encoded = this.options.encoder.encode(msg);
          yield encoded;
        }
        if (this.options.includeEndFrame) yield new Uint8Array(0);
      }
    }
    class SmithyMessageDecoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const message of this.options.messageStream) {
          const deserialized = await this.options.deserializer(message);
          if (deserialized === void 0) continue;
          yield deserialized;
        }
      }
    }
    class SmithyMessageEncoderStream {
      options;
      constructor(options) {
        this.options = options;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async* asyncIterator() {
        for await (const chunk of this.options.inputStream) {
          const payloadBuf = this.options.serializer(chunk);
          yield payloadBuf;
        }
      }
    }
    function getChunkedStream(source) {
      let currentMessageTotalLength = 0;
      let currentMessagePendingLength = 0;
      let currentMessage = null;
      let messageLengthBuffer = null;
      const allocateMessage = size => {
        if (typeof size !== "number") throw new Error("Attempted to allocate an event message where size was not a number: " + size);
        currentMessageTotalLength = size;
        currentMessagePendingLength = 4;
        currentMessage = new Uint8Array(size);
        const currentMessageView = new DataView(currentMessage.buffer);
        currentMessageView.setUint32(0, size, false);
      };
      const iterator = async function*() {
        const sourceIterator = source[Symbol.asyncIterator]();
        while (true) {
          const {value: value, done: done} = await sourceIterator.next();
          if (done) {
            if (!currentMessageTotalLength) return; else if (currentMessageTotalLength === currentMessagePendingLength) yield currentMessage; else throw new Error("Truncated event message received.");
            return;
          }
          const chunkLength = value.length;
          let currentOffset = 0;
          while (currentOffset < chunkLength) {
            if (!currentMessage) {
              const bytesRemaining = chunkLength - currentOffset;
              if (!messageLengthBuffer) messageLengthBuffer = new Uint8Array(4);
              const numBytesForTotal = Math.min(4 - currentMessagePendingLength, bytesRemaining);
              messageLengthBuffer.set(value.slice(currentOffset, currentOffset + numBytesForTotal), currentMessagePendingLength);
              currentMessagePendingLength += numBytesForTotal;
              currentOffset += numBytesForTotal;
              if (currentMessagePendingLength < 4) break;
              allocateMessage(new DataView(messageLengthBuffer.buffer).getUint32(0, false));
              messageLengthBuffer = null;
            }
            const numBytesToWrite = Math.min(currentMessageTotalLength - currentMessagePendingLength, chunkLength - currentOffset);
            currentMessage.set(value.slice(currentOffset, currentOffset + numBytesToWrite), currentMessagePendingLength);
            currentMessagePendingLength += numBytesToWrite;
            currentOffset += numBytesToWrite;
            if (currentMessageTotalLength && currentMessageTotalLength === currentMessagePendingLength) {
              yield currentMessage;
              currentMessage = null;
              currentMessageTotalLength = 0;
              currentMessagePendingLength = 0;
            }
          }
        }
      };
      return {
        [Symbol.asyncIterator]: iterator
      };
    }
    function getUnmarshalledStream(source, options) {
      const messageUnmarshaller = getMessageUnmarshaller(options.deserializer, options.toUtf8);
      return {
        [Symbol.asyncIterator]: async function*() {
          for await (const chunk of source) {
            const message = options.eventStreamCodec.decode(chunk);
            const type = await messageUnmarshaller(message);
            if (type === void 0) continue;
            yield type;
          }
        }
      };
    }
    function getMessageUnmarshaller(deserializer, toUtf8) {
      return async function(message) {
        const {value: messageType} = message.headers[":message-type"];
        if (messageType === "error") {
          const unmodeledError = new Error(message.headers[":error-message"].value || "UnknownError");
          unmodeledError.name = message.headers[":error-code"].value;
          throw unmodeledError;
        } else if (messageType === "exception") {
          const code = message.headers[":exception-type"].value;
          const exception = {
            [code]: message
          };
          const deserializedException = await deserializer(exception);
          if (deserializedException.$unknown) {
            const error = new Error(toUtf8(message.body));
            error.name = code;
            throw error;
          }
          throw deserializedException[code];
        } else if (messageType === "event") {
          const event = {
            [message.headers[":event-type"].value]: message
          };
          const deserialized = await deserializer(event);
          if (deserialized.$unknown) return;
          return deserialized;
        } else throw Error(`Unrecognizable event type: ${message.headers[":event-type"].value}`);
      };
    }
    let EventStreamMarshaller$1 = class {
      eventStreamCodec;
      utfEncoder;
      constructor({utf8Encoder: utf8Encoder, utf8Decoder: utf8Decoder}) {
        this.eventStreamCodec = new EventStreamCodec(utf8Encoder, utf8Decoder);
        this.utfEncoder = utf8Encoder;
      }
      deserialize(body, deserializer) {
        const inputStream = getChunkedStream(body);
        return new SmithyMessageDecoderStream({
          messageStream: new MessageDecoderStream({
            inputStream: inputStream,
            decoder: this.eventStreamCodec
          }),
          deserializer: getMessageUnmarshaller(deserializer, this.utfEncoder)
        });
      }
      serialize(inputStream, serializer) {
        return new MessageEncoderStream({
          messageStream: new SmithyMessageEncoderStream({
            inputStream: inputStream,
            serializer: serializer
          }),
          encoder: this.eventStreamCodec,
          includeEndFrame: true
        });
      }
    };
    const eventStreamSerdeProvider$1 = options => new EventStreamMarshaller$1(options);
    class EventStreamMarshaller {
      universalMarshaller;
      constructor({utf8Encoder: utf8Encoder, utf8Decoder: utf8Decoder}) {
        this.universalMarshaller = new EventStreamMarshaller$1({
          utf8Decoder: utf8Decoder,
          utf8Encoder: utf8Encoder
        });
      }
      deserialize(body, deserializer) {
        const bodyIterable = typeof body[Symbol.asyncIterator] === "function" ? body : readableToIterable(body);
        return this.universalMarshaller.deserialize(bodyIterable, deserializer);
      }
      serialize(input, serializer) {
        return Readable.from(this.universalMarshaller.serialize(input, serializer));
      }
    }
    const eventStreamSerdeProvider = options => new EventStreamMarshaller(options);
    async function* readableToIterable(readStream) {
      let streamEnded = false;
      let generationEnded = false;
      const records = new Array;
      readStream.on("error", err => {
        if (!streamEnded) streamEnded = true;
        if (err) throw err;
      });
      readStream.on("data", data => {
        records.push(data);
      });
      readStream.on("end", () => {
        streamEnded = true;
      });
      while (!generationEnded) {
        const value = await new Promise(resolve => setTimeout(() => resolve(records.shift()), 0));
        if (value) yield value;
        generationEnded = streamEnded && records.length === 0;
      }
    }
    const readableStreamToIterable = readableStream => ({
      [Symbol.asyncIterator]: async function*() {
        const reader = readableStream.getReader();
        try {
          while (true) {
            const {done: done, value: value} = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      }
    });
    const iterableToReadableStream = asyncIterable => {
      const iterator = asyncIterable[Symbol.asyncIterator]();
      return new ReadableStream({
        async pull(controller) {
          const {done: done, value: value} = await iterator.next();
          if (done) return controller.close();
          controller.enqueue(value);
        }
      });
    };
    const resolveEventStreamSerdeConfig = input => Object.assign(input, {
      eventStreamMarshaller: input.eventStreamSerdeProvider(input)
    });
    class EventStreamSerde {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({marshaller: marshaller, serializer: serializer, deserializer: deserializer, serdeContext: serdeContext, defaultContentType: defaultContentType, compositeErrorRegistry: compositeErrorRegistry}) {
        this.marshaller = marshaller;
        this.serializer = serializer;
        this.deserializer = deserializer;
        this.serdeContext = serdeContext;
        this.defaultContentType = defaultContentType;
        this.compositeErrorRegistry = compositeErrorRegistry;
      }
      async serializeEventStream({eventStream: eventStream, requestSchema: requestSchema, initialRequest: initialRequest, initialMessageType: initialMessageType}) {
        const marshaller = this.marshaller;
        const eventStreamMember = requestSchema.getEventStreamMember();
        const unionSchema = requestSchema.getMemberSchema(eventStreamMember);
        const serializer = this.serializer;
        const defaultContentType = this.defaultContentType;
        const initialRequestMarker = Symbol("initialRequestMarker");
        const eventStreamIterable = {
          async* [Symbol.asyncIterator]() {
            if (initialRequest) {
              const headers = {
                ":event-type": {
                  type: "string",
                  value: initialMessageType ?? "initial-request"
                },
                ":message-type": {
                  type: "string",
                  value: "event"
                },
                ":content-type": {
                  type: "string",
                  value: defaultContentType
                }
              };
              serializer.write(requestSchema, initialRequest);
              const body = serializer.flush();
              yield {
                [initialRequestMarker]: true,
                headers: headers,
                body: body
              };
            }
            for await (const page of eventStream) yield page;
          }
        };
        return marshaller.serialize(eventStreamIterable, event => {
          if (event[initialRequestMarker]) return {
            headers: event.headers,
            body: event.body
          };
          let unionMember = "";
          for (const key in event) {
            if (!hasOwn(event, key)) continue;
            if (key !== "__type") {
              unionMember = key;
              break;
            }
          }
          const {additionalHeaders: additionalHeaders, body: body, eventType: eventType, explicitPayloadContentType: explicitPayloadContentType} = this.writeEventBody(unionMember, unionSchema, event);
          const headers = {
            ":event-type": {
              type: "string",
              value: eventType
            },
            ":message-type": {
              type: "string",
              value: "event"
            },
            ":content-type": {
              type: "string",
              value: explicitPayloadContentType ?? defaultContentType
            },
            ...additionalHeaders
          };
          return {
            headers: headers,
            body: body
          };
        });
      }
      async deserializeEventStream({response: response, responseSchema: responseSchema, initialResponseContainer: initialResponseContainer, initialMessageType: initialMessageType}) {
        const marshaller = this.marshaller;
        const eventStreamMember = responseSchema.getEventStreamMember();
        const unionSchema = responseSchema.getMemberSchema(eventStreamMember);
        const memberSchemas = unionSchema.getMemberSchemas();
        const initialResponseMarker = Symbol("initialResponseMarker");
        const asyncIterable = marshaller.deserialize(response.body, async event => {
          let unionMember = "";
          for (const key in event) {
            if (!hasOwn(event, key)) continue;
            if (key !== "__type") {
              unionMember = key;
              break;
            }
          }
          const body = event[unionMember].body;
          if (unionMember === (initialMessageType ?? "initial-response")) {
            const dataObject = await this.deserializer.read(responseSchema, body);
            delete dataObject[eventStreamMember];
            return {
              [initialResponseMarker]: true,
              ...dataObject
            };
          } else if (unionMember in memberSchemas) {
            const eventStreamSchema = memberSchemas[unionMember];
            if (eventStreamSchema.isStructSchema()) {
              const out = {};
              let hasBindings = false;
              for (const [name, member] of eventStreamSchema.structIterator()) {
                const {eventHeader: eventHeader, eventPayload: eventPayload} = member.getMergedTraits();
                hasBindings = hasBindings || Boolean(eventHeader || eventPayload);
                if (eventPayload) {
                  if (member.isBlobSchema()) out[name] = body; else if (member.isStringSchema()) out[name] = (this.serdeContext?.utf8Encoder ?? toUtf8)(body); else if (member.isStructSchema()) out[name] = await this.deserializer.read(member, body);
                } else if (eventHeader) {
                  const value = event[unionMember].headers[name]?.value;
                  if (value != null) if (member.isNumericSchema()) if (value && typeof value === "object" && "bytes" in value) out[name] = BigInt(value.toString()); else out[name] = Number(value); else out[name] = value;
                }
              }
              return {
                [unionMember]: await this.readEventMember(eventStreamSchema, body, hasBindings, out)
              };
            }
            return {
              [unionMember]: await this.deserializer.read(eventStreamSchema, body)
            };
          } else return {
            $unknown: event
          };
        });
        const asyncIterator = asyncIterable[Symbol.asyncIterator]();
        const firstEvent = await asyncIterator.next();
        if (firstEvent.done) return asyncIterable;
        if (firstEvent.value?.[initialResponseMarker]) {
          if (!responseSchema) throw new Error("@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.");
          for (const key in firstEvent.value) {
            if (!hasOwn(firstEvent.value, key)) continue;
            initialResponseContainer[key] = firstEvent.value[key];
          }
        }
        return {
          async* [Symbol.asyncIterator]() {
            if (!firstEvent?.value?.[initialResponseMarker]) yield firstEvent.value;
            while (true) {
              const {done: done, value: value} = await asyncIterator.next();
              if (done) break;
              yield value;
            }
          }
        };
      }
      async readEventMember(eventStreamSchema, body, hasBindings, out) {
        let ErrCtor;
        const staticStructuralSchema = eventStreamSchema.getSchema();
        if (Array.isArray(staticStructuralSchema) && staticStructuralSchema[0] === -3) {
          const namespace = staticStructuralSchema[1];
          const nsRegistry = TypeRegistry.for(namespace);
          this.compositeErrorRegistry?.copyFrom(nsRegistry);
          ErrCtor = (this.compositeErrorRegistry ?? nsRegistry)?.getErrorCtor(staticStructuralSchema);
        }
        const dataObject = hasBindings ? out : body.byteLength === 0 ? {} : await this.deserializer.read(eventStreamSchema, body);
        if (ErrCtor) {
          const message = dataObject.message ?? dataObject.Message ?? "Unknown";
          const metadata = {};
          const $fault = eventStreamSchema.getMergedTraits().error;
          if ($fault) metadata.$fault = $fault;
          return Object.assign(new ErrCtor({}), metadata, {
            message: message
          }, dataObject);
        }
        return dataObject;
      }
      writeEventBody(unionMember, unionSchema, event) {
        const serializer = this.serializer;
        let eventType = unionMember;
        let explicitPayloadMember = null;
        let explicitPayloadContentType;
        const isKnownSchema = (() => {
          const struct = unionSchema.getSchema();
          return struct[4].includes(unionMember);
        })();
        const additionalHeaders = {};
        if (!isKnownSchema) {
          const [type, value] = event[unionMember];
          eventType = type;
          serializer.write(15, value);
        } else {
          const eventSchema = unionSchema.getMemberSchema(unionMember);
          if (eventSchema.isStructSchema()) {
            for (const [memberName, memberSchema] of eventSchema.structIterator()) {
              const {eventHeader: eventHeader, eventPayload: eventPayload} = memberSchema.getMergedTraits();
              if (eventPayload) explicitPayloadMember = memberName; else if (eventHeader) {
                const value = event[unionMember][memberName];
                let type = "binary";
                if (memberSchema.isNumericSchema()) if ((-2) ** 31 <= value && value <= 2 ** 31 - 1) type = "integer"; else type = "long"; else if (memberSchema.isTimestampSchema()) type = "timestamp"; else if (memberSchema.isStringSchema()) type = "string"; else if (memberSchema.isBooleanSchema()) type = "boolean";
                if (value != null) {
                  additionalHeaders[memberName] = {
                    type: type,
                    value: value
                  };
                  delete event[unionMember][memberName];
                }
              }
            }
            if (explicitPayloadMember !== null) {
              const payloadSchema = eventSchema.getMemberSchema(explicitPayloadMember);
              if (payloadSchema.isBlobSchema()) explicitPayloadContentType = "application/octet-stream"; else if (payloadSchema.isStringSchema()) explicitPayloadContentType = "text/plain";
              serializer.write(payloadSchema, event[unionMember][explicitPayloadMember]);
            } else serializer.write(eventSchema, event[unionMember]);
          } else if (eventSchema.isUnitSchema()) serializer.write(eventSchema, {}); else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.");
        }
        const messageSerialization = serializer.flush() ?? new Uint8Array;
        const body = typeof messageSerialization === "string" ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(messageSerialization) : messageSerialization;
        return {
          body: body,
          eventType: eventType,
          explicitPayloadContentType: explicitPayloadContentType,
          additionalHeaders: additionalHeaders
        };
      }
    }
    exports.EventStreamCodec = EventStreamCodec;
    exports.EventStreamMarshaller = EventStreamMarshaller;
    exports.EventStreamSerde = EventStreamSerde;
    exports.HeaderMarshaller = HeaderMarshaller;
    exports.Int64 = Int64;
    exports.MessageDecoderStream = MessageDecoderStream;
    exports.MessageEncoderStream = MessageEncoderStream;
    exports.SmithyMessageDecoderStream = SmithyMessageDecoderStream;
    exports.SmithyMessageEncoderStream = SmithyMessageEncoderStream;
    exports.UniversalEventStreamMarshaller = EventStreamMarshaller$1;
    exports.eventStreamSerdeProvider = eventStreamSerdeProvider;
    exports.getChunkedStream = getChunkedStream;
    exports.getMessageUnmarshaller = getMessageUnmarshaller;
    exports.getUnmarshalledStream = getUnmarshalledStream;
    exports.iterableToReadableStream = iterableToReadableStream;
    exports.readableStreamToIterable = readableStreamToIterable;
    exports.resolveEventStreamSerdeConfig = resolveEventStreamSerdeConfig;
    exports.universalEventStreamSerdeProvider = eventStreamSerdeProvider$1;
    /***/  },
  /***/ 3422: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {Uint8ArrayBlobAdapter: Uint8ArrayBlobAdapter, writeKey: writeKey, sdkStreamMixin: sdkStreamMixin, splitEvery: splitEvery, splitHeader: splitHeader, NumericValue: NumericValue, toUtf8: toUtf8, fromBase64: fromBase64, LazyJsonString: LazyJsonString, _parseEpochTimestamp: _parseEpochTimestamp, _parseRfc7231DateTime: _parseRfc7231DateTime, _parseRfc3339DateTimeWithOffset: _parseRfc3339DateTimeWithOffset, fromUtf8: fromUtf8, generateIdempotencyToken: generateIdempotencyToken, toBase64: toBase64, dateToUtcString: dateToUtcString, quoteHeader: quoteHeader, parseEpochTimestamp: parseEpochTimestamp, parseRfc7231DateTime: parseRfc7231DateTime, parseRfc3339DateTimeWithOffset: parseRfc3339DateTimeWithOffset} = __nccwpck_require__(2430);
    const {HttpRequest: HttpRequest, HttpResponse: HttpResponse, hasOwn: hasOwn, isValidHostname: isValidHostname, getSmithyContext: getSmithyContext} = __nccwpck_require__(4534);
    const {parseQueryString: parseQueryString, parseUrl: parseUrl} = __nccwpck_require__(4534);
    exports.HttpRequest = HttpRequest;
    exports.HttpResponse = HttpResponse;
    exports.isValidHostname = isValidHostname;
    exports.parseQueryString = parseQueryString;
    exports.parseUrl = parseUrl;
    const {NormalizedSchema: NormalizedSchema, translateTraits: translateTraits, TypeRegistry: TypeRegistry, deref: deref} = __nccwpck_require__(6890);
    const {FieldPosition: FieldPosition} = __nccwpck_require__(5662);
    const collectBody = async (streamBody = new Uint8Array, context) => {
      if (streamBody instanceof Uint8Array) return Uint8ArrayBlobAdapter.mutate(streamBody);
      if (!streamBody) return Uint8ArrayBlobAdapter.mutate(new Uint8Array);
      const fromContext = context.streamCollector(streamBody);
      return Uint8ArrayBlobAdapter.mutate(await fromContext);
    };
    function extendedEncodeURIComponent(str) {
      if (/^[\w.~-]+$/.test(str)) return str;
      return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    const HTTP_BINDINGS = Symbol.for("@smithy/schema-x");
    class HttpBindingNormalizedSchema extends NormalizedSchema {
      static identity=Symbol.for("@smithy/HttpBindingNormalizedSchema");
      identity=HttpBindingNormalizedSchema.identity;
      bindings;
      constructor(schema) {
        super(schema);
      }
      static of(schema) {
        const ns = NormalizedSchema.of(schema);
        if (ns.identity === HttpBindingNormalizedSchema.identity) return ns;
        const schemaCache = ns.isMemberSchema() ? ns : ns.getSchema();
        const cache = typeof schemaCache === "object" && schemaCache !== null ? schemaCache : ns;
        return cache[HTTP_BINDINGS] ??= new HttpBindingNormalizedSchema(ns);
      }
      getHttpBindingLocation(traits) {
        if (traits.httpPayload) return 36;
        if (traits.httpLabel) return 33;
        if (traits.httpHeader) return 38;
        if (typeof traits.httpPrefixHeaders === "string") return 39;
        if (traits.httpQuery) return 34;
        if (traits.httpQueryParams) return 35;
        if (traits.httpResponseCode) return 37;
        return 32;
      }
      getHttpBindingValue(location, traits, nested = false) {
        const raw = this.getSchema();
        const type = typeof raw === "number" ? raw & 255 : this.isListSchema() ? 64 : 255;
        const slot = location & 7;
        const media = traits.mediaType ? traits.mediaType === "application/json" || traits.mediaType.endsWith("+json") ? 2 : 1 : 0;
        const stream = traits.streaming || type === 42 ? this.isStructSchema() ? 2 : 1 : 0;
        const timestamp = type >= 4 && type <= 7 ? slot >= 6 ? 2 : slot > 0 && slot < 4 ? 1 : 0 : 0;
        let flags = type | media << 8 | (traits.idempotencyToken ? 1 : 0) << 10 | stream << 11 | (traits.sparse ? 1 : 0) << 13 | timestamp << 14 | (traits.hostLabel ? 1 : 0) << 17 | (location === 36 && typeof raw !== "object" ? 1 : 0) << 18;
        const category = type & 192;
        const collectionValue = slot & 2 && (category === 64 || !nested && slot & 1) ? this.getHttpBindingCollectionValue(location, traits) : void 0;
        const valueType = (collectionValue?.[1] ?? 0) & 255;
        flags |= (slot >= 6 && (valueType === 4 || valueType === 6) ? 1 : 0) << 16;
        return [ this, flags, collectionValue ];
      }
      getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
        const valueSchema = HttpBindingNormalizedSchema.of(this.getValueSchema());
        return valueSchema.getHttpBindingValue(location, {
          ...valueSchema.getMergedTraits(),
          ...traits
        }, true);
      }
      getHttpBindings() {
        const source = this.getSchema();
        return typeof source !== "object" || source === null ? EMPTY_BINDINGS : this.bindings ??= buildHttpBindings(this);
      }
    }
    const buildHttpBindings = schema => {
      const bodyMemberNames = [];
      const bodyMemberSchemas = [];
      const requestBodyMemberNames = [];
      const requestBodyMemberSchemas = [];
      const memberBindings = [];
      const byName = {};
      const headers = {};
      const prefixHeaders = [];
      const responseBindings = {
        headers: headers,
        prefixHeaders: prefixHeaders
      };
      const bindings = {
        request: {
          memberBindings: memberBindings,
          byName: byName
        },
        response: {
          bodyMemberNames: bodyMemberNames,
          bindings: responseBindings
        }
      };
      const {request: request, response: response} = bindings;
      for (const [name, member] of schema.structIterator()) {
        const bindingSchema = HttpBindingNormalizedSchema.of(member);
        const traits = bindingSchema.getMergedTraits();
        const location = bindingSchema.getHttpBindingLocation(traits);
        const wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery;
        const value = bindingSchema.getHttpBindingValue(location, traits);
        const binding = [ name, value, location, wireName ];
        if (name === "__proto__") writeKey(byName);
        byName[name] = binding;
        if (value[1] >> 10 & 1) request.hasIdempotency = true;
        memberBindings.push(binding);
        const slot = location & 7;
        if (slot === 0) {
          requestBodyMemberNames.push(name);
          requestBodyMemberSchemas.push(member);
        }
        if ((slot & 4) === 0) {
          bodyMemberNames.push(name);
          bodyMemberSchemas.push(member);
        } else if ((slot & 6) === 4) if (slot & 1) responseBindings.statusCode = binding; else {
          responseBindings.payload = binding;
          const type = value[1] & 255;
          request.contentTypeInstruction = traits.mediaType ?? (type === 0 ? "text/plain" : type === 21 || type === 42 ? "application/octet-stream" : null);
        } else if (slot & 1) {
          request.hasPrefixHeaders = true;
          prefixHeaders.push(binding);
        } else {
          if (wireName === "__proto__") writeKey(headers);
          headers[wireName] = binding;
        }
      }
      if (request.contentTypeInstruction === void 0 && requestBodyMemberNames.length) request.contentTypeInstruction = null;
      request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas);
      response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas);
      return bindings;
    };
    const buildPathSegments = path => {
      const segments = [];
      let offset = 0;
      for (const match of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) {
        if (match.index > offset) segments.push([ path.slice(offset, match.index), 0 ]);
        segments.push([ match[1], match[2] ? 2 : 1 ]);
        offset = match.index + match[0].length;
      }
      if (segments.length && offset < path.length) segments.push([ path.slice(offset), 0 ]);
      return segments.length ? segments : void 0;
    };
    const buildHttpOperationBindings = schema => {
      const {http: http, endpoint: endpoint} = translateTraits(schema.traits ?? {});
      const [path, search] = http?.[1].split("?") ?? [];
      return [ http?.[0], path, search ? [ ...new URLSearchParams(search) ] : [], path ? buildPathSegments(path) : void 0, endpoint?.[0] ];
    };
    const EMPTY_BINDINGS = {
      request: {
        memberBindings: [],
        byName: {}
      },
      response: {
        bodyMemberNames: [],
        bindings: {
          headers: {},
          prefixHeaders: []
        }
      }
    };
    const getHttpOperationBindings = schema => schema[HTTP_BINDINGS] ??= buildHttpOperationBindings(schema);
    const createBodySchema = (schema, memberNames, memberSchemas) => {
      if (!memberNames.length) return;
      const source = schema.getSchema();
      const body = [ 3, source[1], source[2], schema.getMergedTraits(), memberNames, memberSchemas ];
      const required = source[6];
      const bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
      if (bodyRequired) body[6] = bodyRequired;
      return body;
    };
    class SerdeContext {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    }
    class HttpProtocol extends SerdeContext {
      options;
      compositeErrorRegistry;
      constructor(options) {
        super();
        this.options = options;
        this.compositeErrorRegistry = new TypeRegistry(options.defaultNamespace);
        for (const etr of options.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(etr);
      }
      getRequestType() {
        return HttpRequest;
      }
      getResponseType() {
        return HttpResponse;
      }
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
        this.serializer.setSerdeContext(serdeContext);
        this.deserializer.setSerdeContext(serdeContext);
        if (this.getPayloadCodec()) this.getPayloadCodec().setSerdeContext(serdeContext);
      }
      updateServiceEndpoint(request, endpoint) {
        if ("url" in endpoint) {
          request.protocol = endpoint.url.protocol;
          request.hostname = endpoint.url.hostname;
          request.port = endpoint.url.port ? Number(endpoint.url.port) : void 0;
          request.path = endpoint.url.pathname;
          request.fragment = endpoint.url.hash || void 0;
          request.username = endpoint.url.username || void 0;
          request.password = endpoint.url.password || void 0;
          if (!request.query) request.query = {};
          for (const [k, v] of endpoint.url.searchParams.entries()) request.query[k] = v;
          if (endpoint.headers) for (const name in endpoint.headers) {
            if (!hasOwn(endpoint.headers, name)) continue;
            request.headers[name] = endpoint.headers[name].join(", ");
          }
          return request;
        } else {
          request.protocol = endpoint.protocol;
          request.hostname = endpoint.hostname;
          request.port = endpoint.port ? Number(endpoint.port) : void 0;
          request.path = endpoint.path;
          request.query = {
            ...endpoint.query
          };
          if (endpoint.headers) for (const name in endpoint.headers) {
            if (!hasOwn(endpoint.headers, name)) continue;
            request.headers[name] = endpoint.headers[name];
          }
          return request;
        }
      }
      setHostPrefix(request, operationSchema, input, operation = getHttpOperationBindings(operationSchema)) {
        if (this.serdeContext?.disableHostPrefix) return;
        const hostPrefix = operation[4];
        if (typeof hostPrefix !== "string") return;
        let resolvedHostPrefix = hostPrefix;
        for (const [name, [, flags]] of HttpBindingNormalizedSchema.of(operationSchema.input).getHttpBindings().request.memberBindings) {
          if (!(flags >> 17 & 1)) continue;
          const replacement = input[name];
          if (typeof replacement !== "string") throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
          resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
        }
        request.hostname = resolvedHostPrefix + request.hostname;
        if (!isValidHostname(request.hostname)) throw new Error(`[${request.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(output) {
        return {
          httpStatusCode: output.statusCode,
          requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
          extendedRequestId: output.headers["x-amz-id-2"],
          cfId: output.headers["x-amz-cf-id"]
        };
      }
      resolveError(name, namespaces, registries) {
        const defaultErrorSchema = [ -3, "", "Error", 0, [], [], 0 ];
        let schema;
        for (const registry of registries) for (const ns of namespaces) try {
          if (ns === "*") schema = registry.getSchema(name); else schema = registry.getSchema(ns + "#" + name);
          const errorCtor = registry.getErrorCtor(schema);
          if (errorCtor) return [ schema, errorCtor, "modeled" ]; else {
            const syntheticErrorSchema = registry.getBaseException();
            if (syntheticErrorSchema) {
              const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
              if (syntheticErrorCtor) return [ schema, syntheticErrorCtor, "synthetic" ];
            }
          }
        } catch (ignored) {}
        for (const registry of registries) {
          const syntheticErrorSchema = registry.getBaseException();
          if (syntheticErrorSchema) {
            const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
            if (syntheticErrorCtor) return [ syntheticErrorSchema, syntheticErrorCtor, "synthetic" ];
          }
        }
        return [ defaultErrorSchema, Error, "native" ];
      }
      async serializeEventStream({eventStream: eventStream, requestSchema: requestSchema, initialRequest: initialRequest}) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.serializeEventStream({
          eventStream: eventStream,
          requestSchema: requestSchema,
          initialRequest: initialRequest
        });
      }
      async deserializeEventStream({response: response, responseSchema: responseSchema, initialResponseContainer: initialResponseContainer}) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.deserializeEventStream({
          response: response,
          responseSchema: responseSchema,
          initialResponseContainer: initialResponseContainer
        });
      }
      async loadEventStreamCapability() {
        const {EventStreamSerde: EventStreamSerde, eventStreamSerdeProvider: eventStreamSerdeProvider} = __nccwpck_require__(6579);
        const marshaller = this.resolveEventStreamMarshaller(eventStreamSerdeProvider);
        return new EventStreamSerde({
          marshaller: marshaller,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry
        });
      }
      getDefaultContentType() {
        throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
      }
      async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        return [];
      }
      getEventStreamMarshaller() {
        const context = this.serdeContext;
        if (!context.eventStreamMarshaller) throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
        return context.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(importedProvider) {
        const context = this.serdeContext;
        if (context.eventStreamMarshaller) return context.eventStreamMarshaller;
        return importedProvider(this.serdeContext);
      }
    }
    class HttpBindingProtocol extends HttpProtocol {
      async serializeRequest(operationSchema, _input, context) {
        const input = _input && typeof _input === "object" ? _input : {};
        const query = {};
        const headers = {};
        const endpoint = await context.endpoint();
        const ns = HttpBindingNormalizedSchema.of(operationSchema?.input);
        const bindings = ns.getHttpBindings().request;
        const operation = getHttpOperationBindings(operationSchema);
        const request = new HttpRequest({
          query: query,
          headers: headers
        });
        if (endpoint) {
          this.updateServiceEndpoint(request, endpoint);
          this.setHostPrefix(request, operationSchema, input, operation);
          const [method, path, staticQuery] = operation;
          if (method) {
            request.method = method;
            request.path = request.path === "/" ? path : request.path + path;
            for (const [key, value] of staticQuery) query[key] = value;
          }
        }
        request.query = query;
        const eventStream = this.serializeHttpBindings(input, request, bindings, operation);
        if (eventStream) request.body = await this.serializeEventStream({
          eventStream: eventStream,
          requestSchema: ns
        });
        return request;
      }
      serializeHttpBindings(input, request, bindings, operation) {
        const serializer = this.serializer;
        const directSerializer = typeof serializer.writeCodec === "function" ? serializer : void 0;
        const query = request.query;
        const headers = request.headers;
        const bodySchema = bindings.syntheticBodySchema;
        let hasBodyValue = false;
        let payload;
        let eventStream;
        let labels;
        const names = Object.getOwnPropertyNames(input);
        const prototype = Object.getPrototypeOf(input);
        const sparse = (prototype === Object.prototype || prototype === null) && !bindings.hasIdempotency && !bindings.hasPrefixHeaders && names.length * 2 < bindings.memberBindings.length;
        const length = sparse ? names.length : bindings.memberBindings.length;
        for (let i = 0; i < length; ++i) {
          const binding = sparse ? hasOwn(bindings.byName, names[i]) ? bindings.byName[names[i]] : void 0 : bindings.memberBindings[i];
          if (!binding) continue;
          const value = binding[1];
          const memberName = binding[0];
          const memberNs = value[0];
          const flags = value[1];
          const collectionValue = value[2];
          const location = binding[2];
          const wireName = binding[3];
          const inputMemberValue = input[memberName];
          if (inputMemberValue == null && !(flags >> 10 & 1)) continue;
          if (location === 36) {
            const stream = flags >> 11 & 3;
            if (stream) if (stream === 2) eventStream = inputMemberValue || void 0; else payload = inputMemberValue; else {
              if (directSerializer) directSerializer.writeCodec(memberNs, inputMemberValue); else serializer.write(memberNs, inputMemberValue);
              payload = serializer.flush();
            }
          } else if (location === 33 || location === 38) {
            const serialized = this.serializeHttpValue(value, inputMemberValue, location, directSerializer);
            if (location === 33) (labels ??= Object.create(null))[memberName] = serialized; else headers[wireName] = serialized;
          } else if (location === 39) for (const key in inputMemberValue) {
            if (!hasOwn(inputMemberValue, key)) continue;
            const amalgam = wireName + key;
            headers[amalgam.toLowerCase()] = this.serializeHttpValue(collectionValue, inputMemberValue[key], 38, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], {
              httpHeader: amalgam
            } ]);
          } else if ((location & 62) === 34) this.serializeQuery(value, inputMemberValue, wireName, query, directSerializer); else hasBodyValue = true;
        }
        const operationPath = operation[1];
        const pathSegments = operation[3];
        if (operationPath && pathSegments && request.path.endsWith(operationPath)) request.path = request.path.slice(0, -operationPath.length) + this.serializePath(pathSegments, labels, bindings);
        if (hasBodyValue && bodySchema) {
          if (directSerializer) directSerializer.writeCodec(bodySchema, input); else serializer.write(bodySchema, input);
          payload = serializer.flush();
        }
        request.body = payload;
        return eventStream;
      }
      serializeQuery(value, data, wireName, query, directSerializer) {
        const [ns, flags, collectionValue] = value;
        const traits = directSerializer ? void 0 : ns.getMergedTraits();
        if (wireName === void 0) {
          for (const key in data) {
            if (!hasOwn(data, key) || key in query) continue;
            if (!directSerializer) Object.assign(collectionValue[0].getMergedTraits(), {
              ...traits,
              httpQuery: key,
              httpQueryParams: void 0
            });
            this.serializeQuery(collectionValue, data[key], key, query, directSerializer);
          }
          return;
        }
        if ((flags & 192) === 64) {
          const buffer = [];
          for (const item of data) {
            const serialized = this.serializeHttpValue(collectionValue, item, 34, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], traits ]);
            if (flags >> 13 & 1 || serialized !== void 0) buffer.push(serialized);
          }
          query[wireName] = buffer;
        } else query[wireName] = this.serializeHttpValue(value, data, 34, directSerializer, directSerializer ? ns : [ ns, traits ]);
      }
      serializeHttpValue(value, data, location, directSerializer, schema = value[0]) {
        const flags = value[1];
        const type = flags & 255;
        if (directSerializer && !(flags & 1792) && (type <= 2 || type === 17 || type === 19)) return String(data);
        if (directSerializer) directSerializer.writeHttpBinding(value, data, location); else this.serializer.write(schema, data);
        return this.serializer.flush();
      }
      serializePath(segments, labels, bindings) {
        let path = "";
        for (const [value, kind] of segments) {
          if (kind === 0) {
            path += value;
            continue;
          }
          const replacement = labels?.[value];
          if (replacement === void 0) {
            if (hasOwn(bindings.byName, value) && bindings.byName[value][2] === 33) throw new Error(`No value provided for input HTTP label: ${value}.`);
            path += `{${value}${kind === 2 ? "+" : ""}}`;
          } else path += kind === 2 ? replacement.split("/").map(extendedEncodeURIComponent).join("/") : extendedEncodeURIComponent(replacement);
        }
        return path;
      }
      async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
        const ns = HttpBindingNormalizedSchema.of(operationSchema.output);
        const responseBindings = ns.getHttpBindings().response;
        const dataObject = {};
        if (response.statusCode >= 300) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
          await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
          throw new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.");
        }
        const nonHttpBindingMembers = await this.deserializeHttpMessage(ns, context, response, dataObject);
        if (nonHttpBindingMembers.length) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) {
            const dataFromBody = await (directDeserializer ? directDeserializer.readCodec(responseBindings.syntheticBodySchema, bytes) : deserializer.read(responseBindings.syntheticBodySchema, bytes));
            for (const member of nonHttpBindingMembers) if (dataFromBody[member] != null) dataObject[member] = dataFromBody[member];
          }
        } else if (!responseBindings.bindings.payload) await collectBody(response.body, context);
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
      }
      async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        const dataObject = arg4 instanceof Set ? arg5 : arg4;
        const deserializer = this.deserializer;
        const directDeserializer = typeof deserializer.readCodec === "function" ? deserializer : void 0;
        const ns = HttpBindingNormalizedSchema.of(schema);
        const {bodyMemberNames: bodyMemberNames, bindings: {payload: payload, statusCode: statusCode, headers: responseHeaders, prefixHeaders: prefixHeaders}} = ns.getHttpBindings().response;
        const headers = response.headers;
        if (payload) {
          const [memberName, value] = payload;
          const [memberSchema, flags] = value;
          const stream = flags >> 11 & 3;
          if (stream) if (stream === 2) dataObject[memberName] = await this.deserializeEventStream({
            response: response,
            responseSchema: ns
          }); else dataObject[memberName] = sdkStreamMixin(response.body); else if (response.body) {
            const bytes = await collectBody(response.body, context);
            if (bytes.byteLength > 0) dataObject[memberName] = await (directDeserializer ? directDeserializer.readPayload(value, bytes) : deserializer.read(memberSchema, bytes));
          }
        }
        for (const header in headers) {
          if (!hasOwn(headers, header)) continue;
          const lower = header.toLowerCase();
          const headerValue = headers[header];
          if (lower !== header) {
            delete headers[header];
            headers[lower] = headerValue;
          }
          const binding = hasOwn(responseHeaders, lower) ? responseHeaders[lower] : void 0;
          if (!binding) continue;
          const [memberName, [memberSchema, flags, collectionValue], , wireName] = binding;
          if (collectionValue) {
            const sections = flags >> 16 & 1 ? splitEvery(headerValue, ",", 2) : splitHeader(headerValue);
            const list = [];
            for (const section of sections) list.push(directDeserializer ? directDeserializer.readHttpBinding(collectionValue, section.trim(), 38) : await deserializer.read([ collectionValue[0], {
              httpHeader: wireName
            } ], section.trim()));
            dataObject[memberName] = list;
          } else dataObject[memberName] = directDeserializer ? directDeserializer.readHttpBinding(binding[1], headerValue, 38) : await deserializer.read(memberSchema, headerValue);
        }
        for (const [memberName, [, , collectionValue], , wireName] of prefixHeaders) {
          dataObject[memberName] = {};
          for (const header in headers) {
            if (!hasOwn(headers, header)) continue;
            if (!header.startsWith(wireName)) continue;
            const headerValue = headers[header];
            dataObject[memberName][header.slice(wireName.length)] = directDeserializer ? directDeserializer.readHttpBinding(collectionValue, headerValue, 38) : await deserializer.read([ collectionValue[0], {
              httpHeader: header
            } ], headerValue);
          }
        }
        if (statusCode) dataObject[statusCode[0]] = response.statusCode;
        return bodyMemberNames;
      }
    }
    class RpcProtocol extends HttpProtocol {
      async serializeRequest(operationSchema, _input, context) {
        const serializer = this.serializer;
        const query = {};
        const headers = {};
        const endpoint = await context.endpoint();
        const ns = NormalizedSchema.of(operationSchema?.input);
        const schema = ns.getSchema();
        let payload;
        const input = _input && typeof _input === "object" ? _input : {};
        const request = new HttpRequest({
          protocol: "",
          hostname: "",
          port: void 0,
          path: "/",
          fragment: void 0,
          query: query,
          headers: headers,
          body: void 0
        });
        if (endpoint) {
          this.updateServiceEndpoint(request, endpoint);
          this.setHostPrefix(request, operationSchema, input);
        }
        if (input) {
          const eventStreamMember = ns.getEventStreamMember();
          if (eventStreamMember) {
            if (input[eventStreamMember]) {
              const initialRequest = {};
              for (const [memberName] of ns.structIterator()) if (memberName !== eventStreamMember && input[memberName] != null) initialRequest[memberName] = input[memberName];
              payload = await this.serializeEventStream({
                eventStream: input[eventStreamMember],
                requestSchema: ns,
                initialRequest: initialRequest
              });
            }
          } else {
            serializer.write(schema, input);
            payload = serializer.flush();
          }
        }
        request.headers = Object.assign(request.headers, headers);
        request.query = query;
        request.body = payload;
        request.method = "POST";
        return request;
      }
      async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const ns = NormalizedSchema.of(operationSchema.output);
        const dataObject = {};
        if (this.isErrorResponse(response.statusCode)) {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(15, bytes));
          await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
          throw new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.");
        }
        for (const header in response.headers) {
          if (!hasOwn(response.headers, header)) continue;
          const value = response.headers[header];
          delete response.headers[header];
          response.headers[header.toLowerCase()] = value;
        }
        const eventStreamMember = ns.getEventStreamMember();
        if (eventStreamMember) dataObject[eventStreamMember] = await this.deserializeEventStream({
          response: response,
          responseSchema: ns,
          initialResponseContainer: dataObject
        }); else {
          const bytes = await collectBody(response.body, context);
          if (bytes.byteLength > 0) Object.assign(dataObject, await deserializer.read(ns, bytes));
        }
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
      }
      isErrorResponse(statusCode) {
        return statusCode >= 300;
      }
    }
    class AbstractRpcV2Protocol extends RpcProtocol {
      constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries}) {
        super({
          defaultNamespace: defaultNamespace,
          errorTypeRegistries: errorTypeRegistries
        });
      }
      async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        Object.assign(request.headers, {
          "content-type": this.getDefaultContentType(),
          "smithy-protocol": this.getSmithyProtocolHeaderValue(),
          accept: this.getDefaultContentType()
        });
        if (deref(operationSchema.input) === "unit") {
          delete request.body;
          delete request.headers["content-type"];
        } else this.applyEmptyBody(request);
        const {service: service, operation: operation} = getSmithyContext(context);
        const path = `/service/${service}/operation/${operation}`;
        if (request.path.endsWith("/")) request.path += path.slice(1); else request.path += path;
        return request;
      }
      isErrorResponse(statusCode) {
        return statusCode !== 200;
      }
    }
    const resolvedPath = (resolvedPath, input, memberName, labelValueProvider, uriLabel, isGreedyLabel) => {
      if (input != null && input[memberName] !== void 0) {
        const labelValue = labelValueProvider();
        if (labelValue == null || labelValue.length <= 0) throw new Error("Empty value provided for input HTTP label: " + memberName + ".");
        resolvedPath = resolvedPath.replace(uriLabel, isGreedyLabel ? labelValue.split("/").map(segment => extendedEncodeURIComponent(segment)).join("/") : extendedEncodeURIComponent(labelValue));
      } else throw new Error("No value provided for input HTTP label: " + memberName + ".");
      return resolvedPath;
    };
    function requestBuilder(input, context) {
      return new RequestBuilder(input, context);
    }
    class RequestBuilder {
      input;
      context;
      query={};
      method="";
      headers={};
      path="";
      body=null;
      hostname="";
      resolvePathStack=[];
      constructor(input, context) {
        this.input = input;
        this.context = context;
      }
      async build() {
        const {hostname: hostname, protocol: protocol = "https", port: port, path: basePath} = await this.context.endpoint();
        this.path = basePath;
        for (const resolvePath of this.resolvePathStack) resolvePath(this.path);
        return new HttpRequest({
          protocol: protocol,
          hostname: this.hostname || hostname,
          port: port,
          method: this.method,
          path: this.path,
          query: this.query,
          body: this.body,
          headers: this.headers
        });
      }
      hn(hostname) {
        this.hostname = hostname;
        return this;
      }
      bp(uriLabel) {
        this.resolvePathStack.push(basePath => {
          this.path = `${basePath?.endsWith("/") ? basePath.slice(0, -1) : basePath || ""}` + uriLabel;
        });
        return this;
      }
      p(memberName, labelValueProvider, uriLabel, isGreedyLabel) {
        this.resolvePathStack.push(path => {
          this.path = resolvedPath(path, this.input, memberName, labelValueProvider, uriLabel, isGreedyLabel);
        });
        return this;
      }
      h(headers) {
        this.headers = headers;
        return this;
      }
      q(query) {
        this.query = query;
        return this;
      }
      b(body) {
        this.body = body;
        return this;
      }
      m(method) {
        this.method = method;
        return this;
      }
    }
    class FromStringShapeDeserializer extends SerdeContext {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      read(_schema, data) {
        const ns = HttpBindingNormalizedSchema.of(_schema);
        const traits = ns.getMergedTraits();
        const location = ns.getHttpBindingLocation(traits);
        return this.readHttpBinding(ns.getHttpBindingValue(location, traits), data, location);
      }
      readHttpBinding([ns, flags, collectionValue], data, location) {
        const schema = flags & 255;
        if ((schema & 192) === 64) {
          collectionValue ??= ns.getHttpBindingCollectionValue(location);
          return splitHeader(data).map(item => this.readHttpBinding(collectionValue, item, location));
        }
        switch (schema) {
         case 21:
         case 42:
          return (this.serdeContext?.base64Decoder ?? fromBase64)(data);

         case 4:
         case 5:
         case 6:
         case 7:
          {
            const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
            const format = this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default;
            switch (format) {
             case 5:
              return _parseRfc3339DateTimeWithOffset(data);

             case 6:
              return _parseRfc7231DateTime(data);

             case 7:
              return _parseEpochTimestamp(data);

             default:
              console.warn("Missing timestamp format, parsing value with Date constructor:", data);
              return new Date(data);
            }
          }

         case 0:
          {
            const media = flags >> 8 & 3;
            if (!media) return data;
            let intermediateValue = data;
            if ((location & 6) === 6) intermediateValue = (this.serdeContext?.utf8Encoder ?? toUtf8)((this.serdeContext?.base64Decoder ?? fromBase64)(intermediateValue));
            return media === 2 ? LazyJsonString.from(intermediateValue) : intermediateValue;
          }

         case 1:
          return Number(data);

         case 2:
          return data.toLowerCase() === "true";

         case 17:
          return BigInt(data);

         case 19:
          return new NumericValue(data, "bigDecimal");

         default:
          return data;
        }
      }
    }
    class HttpInterceptingShapeDeserializer extends SerdeContext {
      codecDeserializer;
      stringDeserializer;
      constructor(codecDeserializer, codecSettings) {
        super();
        this.codecDeserializer = codecDeserializer;
        this.stringDeserializer = new FromStringShapeDeserializer(codecSettings);
      }
      setSerdeContext(serdeContext) {
        this.stringDeserializer.setSerdeContext(serdeContext);
        this.codecDeserializer.setSerdeContext(serdeContext);
        this.serdeContext = serdeContext;
      }
      read(schema, data) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpResponseCode) {
          const value = ns.getHttpBindingValue(38, traits);
          return this.readHttpBinding(value, data, 38);
        }
        if (traits.httpPayload) return this.readPayload(ns.getHttpBindingValue(36, traits), data);
        return this.readCodec(ns, data);
      }
      readHttpBinding(binding, data, location) {
        const value = typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
        return this.stringDeserializer.readHttpBinding(binding, value, location);
      }
      readPayload([schema, flags], data) {
        const type = flags & 255;
        if (type === 21 || type === 42) return typeof data === "string" ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(data) : data;
        if (type === 0) return typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
        return this.readCodec(schema, data);
      }
      readCodec(schema, data) {
        return this.codecDeserializer.read(schema, data);
      }
    }
    class ToStringShapeSerializer extends SerdeContext {
      settings;
      stringBuffer="";
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        const location = ns.getHttpBindingLocation(traits);
        this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
      }
      writeHttpBinding([ns, flags, collectionValue], value, location) {
        const schema = flags & 255;
        switch (typeof value) {
         case "object":
          if (value === null) {
            this.stringBuffer = "null";
            return;
          }
          if (schema >= 4 && schema <= 7) {
            if (!(value instanceof Date)) throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(true)}`);
            const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
            const format = this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default;
            switch (format) {
             case 5:
              this.stringBuffer = value.toISOString().replace(".000Z", "Z");
              break;

             case 6:
              this.stringBuffer = dateToUtcString(value);
              break;

             case 7:
              this.stringBuffer = String(value.getTime() / 1e3);
              break;

             default:
              console.warn("Missing timestamp format, using epoch seconds", value);
              this.stringBuffer = String(value.getTime() / 1e3);
            }
            return;
          }
          if ((schema === 21 || schema === 42) && "byteLength" in value) {
            this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(value);
            return;
          }
          if ((schema & 192) === 64 && Array.isArray(value)) {
            collectionValue ??= ns.getHttpBindingCollectionValue(location);
            const valueSchemaType = collectionValue[1] & 255;
            const isTimestamp = valueSchemaType >= 4 && valueSchemaType <= 7;
            let buffer = "";
            for (const item of value) {
              this.writeHttpBinding(collectionValue, item, location);
              const headerItem = this.flush();
              if (buffer) buffer += ", ";
              buffer += isTimestamp ? headerItem : quoteHeader(headerItem);
            }
            this.stringBuffer = buffer;
            return;
          }
          this.stringBuffer = JSON.stringify(value, null, 2);
          break;

         case "string":
          const media = flags >> 8 & 3;
          let intermediateValue = value;
          if (media === 2) intermediateValue = LazyJsonString.from(intermediateValue);
          if (media && (location & 6) === 6) {
            this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(intermediateValue.toString());
            return;
          }
          this.stringBuffer = value;
          break;

         default:
          this.stringBuffer = flags >> 10 & 1 ? generateIdempotencyToken() : String(value);
        }
      }
      flush() {
        const buffer = this.stringBuffer;
        this.stringBuffer = "";
        return buffer;
      }
    }
    class HttpInterceptingShapeSerializer {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(codecSerializer, codecSettings, stringSerializer = new ToStringShapeSerializer(codecSettings)) {
        this.codecSerializer = codecSerializer;
        this.stringSerializer = stringSerializer;
      }
      setSerdeContext(serdeContext) {
        this.codecSerializer.setSerdeContext(serdeContext);
        this.stringSerializer.setSerdeContext(serdeContext);
      }
      write(schema, value) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpLabel || traits.httpQuery) {
          const location = ns.getHttpBindingLocation(traits);
          this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
          return;
        }
        this.writeCodec(ns, value);
      }
      writeHttpBinding(binding, value, location) {
        this.stringSerializer.writeHttpBinding(binding, value, location);
        this.buffer = this.stringSerializer.flush();
      }
      writeCodec(schema, value) {
        this.codecSerializer.write(schema, value);
      }
      flush() {
        if (this.buffer !== void 0) {
          const buffer = this.buffer;
          this.buffer = void 0;
          return buffer;
        }
        return this.codecSerializer.flush();
      }
    }
    function determineTimestampFormat(ns, settings) {
      if (settings.timestampFormat.useTrait) {
        const schema = ns.getSchema();
        if (schema === 5 || schema === 6 || schema === 7) return schema;
      }
      const {httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders, httpHeader: httpHeader, httpQuery: httpQuery} = ns.getMergedTraits();
      const bindingFormat = settings.httpBindings ? typeof httpPrefixHeaders === "string" || Boolean(httpHeader) ? 6 : Boolean(httpQuery) || Boolean(httpLabel) ? 5 : void 0 : void 0;
      return bindingFormat ?? settings.timestampFormat.default;
    }
    class Field {
      name;
      kind;
      values;
      constructor({name: name, kind: kind = FieldPosition.HEADER, values: values = []}) {
        this.name = name;
        this.kind = kind;
        this.values = values;
      }
      add(value) {
        this.values.push(value);
      }
      set(values) {
        this.values = values;
      }
      remove(value) {
        this.values = this.values.filter(v => v !== value);
      }
      toString() {
        return this.values.map(v => v.includes(",") || v.includes(" ") ? `"${v}"` : v).join(", ");
      }
      get() {
        return this.values;
      }
    }
    class Fields {
      entries={};
      encoding;
      constructor({fields: fields = [], encoding: encoding = "utf-8"}) {
        fields.forEach(this.setField.bind(this));
        this.encoding = encoding;
      }
      setField(field) {
        this.entries[field.name.toLowerCase()] = field;
      }
      getField(name) {
        return this.entries[name.toLowerCase()];
      }
      removeField(name) {
        delete this.entries[name.toLowerCase()];
      }
      getByType(kind) {
        return Object.values(this.entries).filter(field => field.kind === kind);
      }
    }
    const getHttpHandlerExtensionConfiguration = runtimeConfig => {
      if (runtimeConfig.logger && runtimeConfig.logger.constructor?.name !== "NoOpLogger") runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), runtimeConfig.logger);
      if (runtimeConfig.defaultSocketTimeout) runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout);
      return {
        setHttpHandler(handler) {
          runtimeConfig.requestHandler = handler;
        },
        httpHandler() {
          return runtimeConfig.requestHandler;
        },
        updateHttpClientConfig(key, value) {
          runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
        },
        httpHandlerConfigs() {
          return runtimeConfig.requestHandler.httpHandlerConfigs();
        }
      };
    };
    const resolveHttpHandlerRuntimeConfig = httpHandlerExtensionConfiguration => ({
      requestHandler: httpHandlerExtensionConfiguration.httpHandler()
    });
    const CONTENT_LENGTH_HEADER = "content-length";
    function contentLengthMiddleware(bodyLengthChecker) {
      return next => async args => {
        const request = args.request;
        if (HttpRequest.isInstance(request)) {
          const {body: body, headers: headers} = request;
          if (body && Object.keys(headers).map(str => str.toLowerCase()).indexOf(CONTENT_LENGTH_HEADER) === -1) try {
            const length = bodyLengthChecker(body);
            if (length != null) request.headers = {
              ...request.headers,
              [CONTENT_LENGTH_HEADER]: String(length)
            };
          } catch (ignored) {}
        }
        return next({
          ...args,
          request: request
        });
      };
    }
    const contentLengthMiddlewareOptions = {
      step: "build",
      tags: [ "SET_CONTENT_LENGTH", "CONTENT_LENGTH" ],
      name: "contentLengthMiddleware",
      override: true
    };
    const getContentLengthPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
      }
    });
    const escapeUri = uri => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode);
    const hexEncode = c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
    const escapeUriPath = uri => uri.split("/").map(escapeUri).join("/");
    function buildQueryString(query) {
      const parts = [];
      for (let key of Object.keys(query).sort()) {
        const value = query[key];
        key = escapeUri(key);
        if (Array.isArray(value)) for (let i = 0, iLen = value.length; i < iLen; i++) parts.push(`${key}=${escapeUri(value[i])}`); else {
          let qsEntry = key;
          if (value || typeof value === "string") qsEntry += `=${escapeUri(value)}`;
          parts.push(qsEntry);
        }
      }
      return parts.join("&");
    }
    class SerdeContextConfig {
      serdeContext;
      setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
      }
    }
    class UnionSerde {
      from;
      to;
      keys;
      constructor(from, to) {
        this.from = from;
        this.to = to;
        const keys = Object.keys(this.from);
        const set = new Set(keys);
        set.delete("__type");
        this.keys = set;
      }
      mark(key) {
        this.keys.delete(key);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const k = this.keys.values().next().value;
          const v = this.from[k];
          this.to.$unknown = [ k, v ];
        }
      }
    }
    let canParseBuffer;
    function detectBufferParsing() {
      if (canParseBuffer === void 0) try {
        if (typeof Buffer !== "function") canParseBuffer = false; else {
          const result = JSON.parse(Buffer.from([ 123, 125 ]));
          canParseBuffer = result !== null && typeof result === "object";
        }
      } catch {
        canParseBuffer = false;
      }
      return canParseBuffer;
    }
    function jsonReviver(key, value, context) {
      if (context?.source) {
        const numericString = context.source;
        if (typeof value === "number") {
          const inSafeRange = value <= Number.MAX_SAFE_INTEGER && value >= Number.MIN_SAFE_INTEGER;
          if (inSafeRange) {
            if (isRepresentable(numericString, value)) return value;
            return new NumericValue(numericString, "bigDecimal");
          } else {
            if (isFractionalBigNumeric(numericString)) return new NumericValue(numericString, "bigDecimal");
            if (/[eE]/.test(numericString)) return expandExponentToBigInt(numericString);
            return BigInt(numericString);
          }
        }
      }
      return value;
    }
    function isFractionalBigNumeric(s) {
      const dotIndex = s.indexOf(".");
      if (dotIndex === -1) return false;
      const eIndex = s.search(/[eE]/);
      if (eIndex === -1) return true;
      const fracDigits = eIndex - dotIndex - 1;
      const exp = parseInt(s.slice(eIndex + 1), 10);
      return exp < fracDigits;
    }
    function isRepresentable(numericString, value) {
      if (numericString === String(value)) return true;
      if (Object.is(value, -0)) return true;
      if (/[eE]/.test(numericString)) return expandToDecimal(numericString) === expandToDecimal(String(value));
      const normalized = numericString.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
      const canonical = String(value);
      if (normalized === canonical) return true;
      if (/[eE]/.test(canonical)) return normalized === expandToDecimal(canonical);
      return false;
    }
    function expandToDecimal(s) {
      const negative = s.startsWith("-");
      const abs = negative ? s.slice(1) : s;
      const eIndex = abs.search(/[eE]/);
      let result;
      if (eIndex === -1) result = abs; else {
        const exp = parseInt(abs.slice(eIndex + 1), 10);
        const mantissa = abs.slice(0, eIndex);
        const dotIndex = mantissa.indexOf(".");
        let digits;
        let intLen;
        if (dotIndex === -1) {
          digits = mantissa;
          intLen = mantissa.length;
        } else {
          digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
          intLen = dotIndex;
        }
        digits = digits.replace(/0+$/, "") || "0";
        const newDotPos = intLen + exp;
        if (digits === "0") result = "0"; else if (newDotPos <= 0) result = "0." + "0".repeat(-newDotPos) + digits; else if (newDotPos >= digits.length) result = digits + "0".repeat(newDotPos - digits.length); else result = digits.slice(0, newDotPos) + "." + digits.slice(newDotPos);
      }
      if (result.includes(".")) result = result.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
      return (negative ? "-" : "") + result;
    }
    function expandExponentToBigInt(s) {
      const eIndex = s.search(/[eE]/);
      const exp = parseInt(s.slice(eIndex + 1), 10);
      const negative = s.startsWith("-");
      const mantissa = s.slice(negative ? 1 : 0, eIndex);
      const dotIndex = mantissa.indexOf(".");
      let digits;
      let shift;
      if (dotIndex === -1) {
        digits = mantissa;
        shift = exp;
      } else {
        digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
        const fracDigits = mantissa.length - dotIndex - 1;
        shift = exp - fracDigits;
      }
      digits = digits.replace(/0+$/, "") || "0";
      const result = BigInt(digits) * 10n ** BigInt(shift + (mantissa.replace(".", "").length - digits.length));
      return negative ? -result : result;
    }
    const REVIVER_SYMBOL = Symbol.for("@aws-sdk/reviver");
    function needsReviver(schema) {
      const ns = NormalizedSchema.of(schema);
      const raw = ns.getSchema();
      if (Array.isArray(raw) && ns.isStructSchema()) {
        if (REVIVER_SYMBOL in raw) return raw[REVIVER_SYMBOL];
        const result = _check(ns, new Set);
        raw[REVIVER_SYMBOL] = result;
        return result;
      }
      return _check(ns, new Set);
    }
    function _check(ns, seen) {
      const raw = ns.getSchema();
      if (seen.has(raw)) return false;
      seen.add(raw);
      if (ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) return true;
      if (ns.isStructSchema()) {
        for (const [, memberSchema] of ns.structIterator()) if (_check(memberSchema, seen)) return true;
      } else if (ns.isListSchema() || ns.isMapSchema()) {
        if (_check(ns.getValueSchema(), seen)) return true;
      } else if (ns.isDocumentSchema()) return true;
      return false;
    }
    const collectBodyString = (streamBody, context) => collectBody(streamBody, context).then(body => (context?.utf8Encoder ?? toUtf8)(body));
    async function parseJsonBody(streamBody, context, schema) {
      let parsingInput;
      if (detectBufferParsing() && typeof streamBody?.[Symbol.asyncIterator] === "function") {
        const buffer = await collectBody(streamBody, context);
        if (typeof Buffer === "function") if (Buffer.isBuffer(buffer)) parsingInput = buffer; else parsingInput = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      }
      if (!parsingInput) parsingInput = await collectBodyString(streamBody, context);
      if (parsingInput.length === 0) return {};
      const reviver = schema && needsReviver(schema) ? jsonReviver : void 0;
      try {
        return JSON.parse(parsingInput, reviver);
      } catch (e) {
        if (e?.name === "SyntaxError") Object.defineProperty(e, "$responseBodyText", {
          value: typeof parsingInput === "string" ? parsingInput : parsingInput.toString("utf8")
        });
        throw e;
      }
    }
    const parseJsonErrorBody = async (errorBody, context) => {
      const value = await parseJsonBody(errorBody, context);
      value.message = value.message ?? value.Message;
      return value;
    };
    const findKey = (object, key) => Object.keys(object).find(k => k.toLowerCase() === key.toLowerCase());
    const sanitizeErrorCode = rawValue => {
      let cleanValue = rawValue;
      if (typeof cleanValue === "number") cleanValue = cleanValue.toString();
      if (cleanValue.indexOf(",") >= 0) cleanValue = cleanValue.split(",")[0];
      if (cleanValue.indexOf(":") >= 0) cleanValue = cleanValue.split(":")[0];
      if (cleanValue.indexOf("#") >= 0) cleanValue = cleanValue.split("#")[1];
      return cleanValue;
    };
    const loadRestJsonErrorCode = (output, data) => loadErrorCode(output, data, [ "header", "code", "type" ]);
    const loadJsonRpcErrorCode = (output, data, queryCompat = false) => loadErrorCode(output, data, queryCompat ? [ "code", "header", "type" ] : [ "type", "code", "header" ]);
    const loadSmithyRpcV2JsonErrorCode = (output, data) => {
      if (data?.__type !== void 0) {
        let cleanValue = data.__type;
        if (typeof cleanValue === "number") cleanValue = cleanValue.toString();
        if (cleanValue.indexOf(",") >= 0) cleanValue = cleanValue.split(",")[0];
        if (cleanValue.indexOf(":") >= 0) cleanValue = cleanValue.split(":")[0];
        return cleanValue;
      }
    };
    const loadErrorCode = ({headers: headers}, data, order) => {
      while (order.length > 0) {
        const location = order.shift();
        switch (location) {
         case "header":
          const headerKey = findKey(headers ?? {}, "x-amzn-errortype");
          if (headerKey !== void 0) return sanitizeErrorCode(headers[headerKey]);
          break;

         case "code":
          const codeKey = findKey(data ?? {}, "code");
          if (codeKey && data[codeKey] !== void 0) return sanitizeErrorCode(data[codeKey]);
          break;

         case "type":
          if (data?.__type !== void 0) return sanitizeErrorCode(data.__type);
          break;
        }
      }
    };
    class JsonShapeDeserializer2 extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      async read(schema, data) {
        const reviver = needsReviver(schema) ? jsonReviver : void 0;
        let parsed;
        if (typeof data === "string") {
          if (data.length === 0) return {};
          parsed = JSON.parse(data, reviver);
        } else if (data instanceof Uint8Array && detectBufferParsing()) {
          if (data.byteLength === 0) return {};
          const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
          parsed = JSON.parse(buf, reviver);
        } else parsed = await parseJsonBody(data, this.serdeContext, schema);
        return this._read(schema, parsed);
      }
      readObject(schema, data) {
        return this._read(schema, data);
      }
      _read(schema, value) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) return this._readStruct(ns, value);
          if (Array.isArray(value) && ns.isListSchema()) {
            const listMember = ns.getValueSchema();
            if (this.needsTransform(listMember)) for (let i = 0; i < value.length; ++i) value[i] = this._read(listMember, value[i]);
            return value;
          }
          if (ns.isMapSchema()) {
            const mapMember = ns.getValueSchema();
            const map = value;
            if (this.needsTransform(mapMember)) for (const k in map) {
              if (!hasOwn(map, k)) continue;
              if (k === "__proto__") writeKey(map);
              map[k] = this._read(mapMember, map[k]);
            }
            return map;
          }
        }
        if (ns.isBlobSchema() && typeof value === "string") return fromBase64(value);
        const mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value === "string" && mediaType) {
          const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
          if (isJson) return LazyJsonString.from(value);
          return value;
        }
        if (ns.isTimestampSchema() && value != null) {
          const format = determineTimestampFormat(ns, this.settings);
          switch (format) {
           case 5:
            return parseRfc3339DateTimeWithOffset(value);

           case 6:
            return parseRfc7231DateTime(value);

           case 7:
            return parseEpochTimestamp(value);

           default:
            console.warn("Missing timestamp format, parsing value with Date constructor:", value);
            return new Date(value);
          }
        }
        if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) return BigInt(value);
        if (ns.isBigDecimalSchema() && value != void 0) {
          if (value instanceof NumericValue) return value;
          const untyped = value;
          if (untyped.type === "bigDecimal" && "string" in untyped) return new NumericValue(untyped.string, untyped.type);
          return new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value === "string") {
          switch (value) {
           case "Infinity":
            return 1 / 0;

           case "-Infinity":
            return -1 / 0;

           case "NaN":
            return NaN;
          }
          return value;
        }
        if (ns.isDocumentSchema()) if (isObject) if (Array.isArray(value)) for (let i = 0; i < value.length; ++i) {
          const v = value[i];
          if (!(v instanceof NumericValue)) value[i] = this._read(ns, v);
        } else {
          const doc = value;
          for (const k in doc) {
            if (!hasOwn(doc, k)) continue;
            if (k === "__proto__") writeKey(doc);
            const v = doc[k];
            if (!(v instanceof NumericValue)) doc[k] = this._read(ns, v);
          }
        }
        return value;
      }
      _readStruct(ns, record) {
        const union = ns.isUnionSchema();
        const out = {};
        let nameMap;
        const hasType = typeof record.__type === "string";
        const {jsonName: jsonName} = this.settings;
        if (jsonName && hasType) nameMap = {};
        let unionSerde;
        if (union) unionSerde = new UnionSerde(record, out);
        for (const [memberName, memberSchema] of ns.structIterator()) {
          let fromKey = memberName;
          if (jsonName) {
            fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
            if (hasType) nameMap[fromKey] = memberName;
          }
          if (union) unionSerde.mark(fromKey);
          if (record[fromKey] != null) out[memberName] = this._read(memberSchema, record[fromKey]);
        }
        if (union) unionSerde.writeUnknown(); else if (hasType) for (const k in record) {
          if (!hasOwn(record, k)) continue;
          const v = record[k];
          const t = jsonName ? nameMap[k] ?? k : k;
          if (!(t in out)) out[t] = v;
        }
        return out;
      }
      needsTransform(ns) {
        if (ns.isBlobSchema() || ns.isTimestampSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema() || ns.isNumericSchema()) return true;
        if (ns.isDocumentSchema() || ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema()) return true;
        if (ns.isStringSchema() && ns.getMergedTraits().mediaType) return true;
        return false;
      }
    }
    class JsonBytesStringAdapter extends Uint8Array {
      string=null;
      static allocUnsafe(bytes) {
        if (typeof Buffer === "function") {
          const buffer = Buffer.allocUnsafe(bytes);
          return new JsonBytesStringAdapter(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }
        return new JsonBytesStringAdapter(bytes);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(searchString, position) {
        if (typeof searchString === "string") return this.s().includes(searchString, position);
        return Uint8Array.prototype.includes.call(this, searchString, position);
      }
      indexOf(searchString, position) {
        if (typeof searchString === "string") return this.s().indexOf(searchString, position);
        return Uint8Array.prototype.indexOf.call(this, searchString, position);
      }
      lastIndexOf(searchString, position) {
        if (typeof searchString === "string") return this.s().lastIndexOf(searchString, position);
        const fn = Uint8Array.prototype.lastIndexOf;
        if (position !== void 0) return fn.call(this, searchString, position);
        return fn.call(this, searchString);
      }
      startsWith(searchString, position) {
        return this.s().startsWith(searchString, position);
      }
      endsWith(searchString, endPosition) {
        return this.s().endsWith(searchString, endPosition);
      }
      match(regexp) {
        return this.s().match(regexp);
      }
      replace(searchValue, replaceValue) {
        return this.s().replace(searchValue, replaceValue);
      }
      search(regexp) {
        return this.s().search(regexp);
      }
      split(separator, limit) {
        return this.s().split(separator, limit);
      }
      substring(start, end) {
        return this.s().substring(start, end);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(pos) {
        return this.s().charAt(pos);
      }
      charCodeAt(index) {
        return this.s().charCodeAt(index);
      }
      padStart(maxLength, fillString) {
        return this.s().padStart(maxLength, fillString);
      }
      padEnd(maxLength, fillString) {
        return this.s().padEnd(maxLength, fillString);
      }
      repeat(count) {
        return this.s().repeat(count);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          const n = Date.now();
          if (n > warned + 6e4) {
            console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. " + "It has been automatically converted to string. In a future version this will throw an error.");
            warned = n;
          }
          this.string = toUtf8(this);
        }
        return this.string;
      }
    }
    var warned = 0;
    const encoder = new TextEncoder;
    const OPEN_BRACE = 123;
    const CLOSE_BRACE = 125;
    const OPEN_BRACKET = 91;
    const CLOSE_BRACKET = 93;
    const QUOTE = 34;
    const COLON = 58;
    const COMMA = 44;
    const BACKSLASH = 92;
    const TRUE = new Uint8Array([ 116, 114, 117, 101 ]);
    const FALSE = new Uint8Array([ 102, 97, 108, 115, 101 ]);
    const NULL = new Uint8Array([ 110, 117, 108, 108 ]);
    const ESCAPE_TABLE = new Array(128).fill(null);
    ESCAPE_TABLE[8] = "b";
    ESCAPE_TABLE[9] = "t";
    ESCAPE_TABLE[10] = "n";
    ESCAPE_TABLE[12] = "f";
    ESCAPE_TABLE[13] = "r";
    ESCAPE_TABLE[34] = '"';
    ESCAPE_TABLE[92] = "\\";
    for (let i = 0; i < 32; i++) if (ESCAPE_TABLE[i] === null) ESCAPE_TABLE[i] = "u00" + i.toString(16).padStart(2, "0");
    const INITIAL_BUFFER_SIZE = 2048;
    function alloc(size) {
      return JsonBytesStringAdapter.allocUnsafe(size);
    }
    class JsonShapeSerializer2 extends SerdeContextConfig {
      settings;
      json;
      i=0;
      rootSchema;
      rawValue;
      passthrough=false;
      constructor(settings) {
        super();
        this.settings = settings;
        this.json = alloc(INITIAL_BUFFER_SIZE);
      }
      write(schema, value) {
        this.i = 0;
        this.rawValue = value;
        this.rootSchema = NormalizedSchema.of(schema);
        this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema();
        if (!this.passthrough) this.writeValue(this.rootSchema, value, void 0);
      }
      writeDiscriminatedDocument(schema, value) {
        this.i = 0;
        this.rootSchema = NormalizedSchema.of(schema);
        const ns = this.rootSchema;
        if (ns.isStructSchema() && value != null && typeof value === "object") {
          this.writeValue(ns, value, void 0);
          const prefix = `"__type":"${ns.getName(true) ?? "Unknown"}",`;
          const z = prefix.length;
          this.ensure(z);
          this.json.copyWithin(1 + z, 1, this.i);
          encoder.encodeInto(prefix, this.json.subarray(1));
          this.i += z;
        } else this.writeValue(ns, value, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        const finalPosition = this.i;
        this.i = 0;
        const raw = this.rawValue;
        this.rawValue = void 0;
        if (finalPosition === 0) return raw;
        const result = this.json.subarray(0, finalPosition);
        this.json = alloc(INITIAL_BUFFER_SIZE);
        return result;
      }
      ensure(byteCount) {
        const {i: i, json: json} = this;
        if (i + byteCount > json.length) {
          let newSize = json.length * 2;
          while (newSize < i + byteCount) newSize *= 2;
          const next = alloc(newSize);
          next.set(this.json);
          this.json = next;
        }
      }
      writeAscii(s) {
        const z = s.length;
        this.ensure(z);
        let {i: i, json: json} = this;
        for (let j = 0; j < z; ++j) {
          json[i] = s.charCodeAt(j);
          i += 1;
        }
        this.i = i;
      }
      writeAsciiQuoted(s) {
        const z = s.length;
        this.ensure(z + 4);
        let {json: json, i: i} = this;
        json[i++] = QUOTE;
        for (let j = 0; j < z; ++j) json[i++] = s.charCodeAt(j);
        json[i++] = QUOTE;
        this.i = i;
      }
      writeJsonString(s) {
        const z = s.length;
        this.ensure(z * 3 + 2);
        this.json[this.i++] = QUOTE;
        for (let j = 0; j < z; ++j) {
          const c = s.charCodeAt(j);
          if (c > 34 && c < 92) this.json[this.i++] = c; else if (c < 128) {
            const esc = ESCAPE_TABLE[c];
            if (esc !== null) {
              this.ensure(esc.length + 1 + (z - j - 1) * 3 + 1);
              this.json[this.i++] = BACKSLASH;
              for (let k = 0; k < esc.length; k++) this.json[this.i++] = esc.charCodeAt(k);
            } else this.json[this.i++] = c;
          } else if (c >= 55296 && c <= 56319) {
            const next = j + 1 < z ? s.charCodeAt(j + 1) : 0;
            if (next >= 56320 && next <= 57343) {
              this.ensure(4);
              const {written: written} = encoder.encodeInto(s.substring(j, j + 2), this.json.subarray(this.i));
              this.i += written;
              ++j;
            } else {
              this.ensure(6 + (z - j - 1) * 3 + 1);
              this.writeUnicodeEscape(c);
            }
          } else if (c >= 56320 && c <= 57343) {
            this.ensure(6 + (z - j - 1) * 3 + 1);
            this.writeUnicodeEscape(c);
          } else {
            let {i: i, json: json} = this;
            if (c < 2048) {
              json[i++] = 192 | c >> 6;
              json[i++] = 128 | c & 63;
            } else {
              json[i++] = 224 | c >> 12;
              json[i++] = 128 | c >> 6 & 63;
              json[i++] = 128 | c & 63;
            }
            this.i = i;
          }
        }
        this.json[this.i++] = QUOTE;
      }
      writeUnicodeEscape(code) {
        let {json: json, i: i} = this;
        json[i++] = BACKSLASH;
        json[i++] = 117;
        const hex = code.toString(16).padStart(4, "0");
        for (let j = 0; j < 4; ++j) json[i++] = hex.charCodeAt(j);
        this.i = i;
      }
      static B64=(() => {
        const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const table = new Uint8Array(64);
        for (let i = 0; i < 64; ++i) table[i] = chars.charCodeAt(i);
        return table;
      })();
      writeBase64(data) {
        const b64Len = Math.ceil(data.length / 3) * 4;
        this.ensure(b64Len + 2);
        const json = this.json;
        const B64 = JsonShapeSerializer2.B64;
        let i = this.i;
        json[i++] = QUOTE;
        const len = data.length;
        const remainder = len % 3;
        const mainLen = len - remainder;
        for (let j = 0; j < mainLen; j += 3) {
          const a = data[j];
          const b = data[j + 1];
          const c = data[j + 2];
          json[i++] = B64[a >> 2];
          json[i++] = B64[(a & 3) << 4 | b >> 4];
          json[i++] = B64[(b & 15) << 2 | c >> 6];
          json[i++] = B64[c & 63];
        }
        if (remainder === 2) {
          const a = data[mainLen];
          const b = data[mainLen + 1];
          json[i++] = B64[a >> 2];
          json[i++] = B64[(a & 3) << 4 | b >> 4];
          json[i++] = B64[(b & 15) << 2];
          json[i++] = 61;
        } else if (remainder === 1) {
          const a = data[mainLen];
          json[i++] = B64[a >> 2];
          json[i++] = B64[(a & 3) << 4];
          json[i++] = 61;
          json[i++] = 61;
        }
        json[i++] = QUOTE;
        this.i = i;
      }
      writeValue(schema, value, container) {
        if (value == null) {
          if (container?.isStructSchema()) {
            if (value === void 0) {
              const ns = NormalizedSchema.of(schema);
              if (ns.isIdempotencyToken()) {
                this.writeAsciiQuoted(generateIdempotencyToken());
                return;
              }
            }
            return;
          }
          this.ensure(4);
          this.json.set(NULL, this.i);
          this.i += 4;
          return;
        }
        const ns = NormalizedSchema.of(schema);
        const isObject = typeof value === "object";
        if (ns.isStringSchema()) {
          const mediaType = ns.getMergedTraits().mediaType;
          if (mediaType) {
            const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
            if (isJson) {
              this.writeJsonString(LazyJsonString.from(value).toString());
              return;
            }
          }
        }
        if (this.settings.bigNumberAsString && value != null && (ns.isBigIntegerSchema() || ns.isBigDecimalSchema())) {
          const asString = value instanceof NumericValue ? value.string : String(value);
          this.writeAsciiQuoted(asString);
          return;
        }
        if (isObject) {
          if (ns.isStructSchema()) {
            this.writeStruct(ns, value);
            return;
          }
          if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
            this.writeList(ns, value, ns.isDocumentSchema());
            return;
          }
          if (ns.isMapSchema()) {
            this.writeMap(ns, value, false);
            return;
          }
          if (value instanceof Uint8Array && (ns.isBlobSchema() || ns.isDocumentSchema())) {
            this.writeBase64(value);
            return;
          }
          if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
            this.writeTimestamp(ns, value);
            return;
          }
          if (value instanceof NumericValue) {
            this.writeAscii(value.string);
            return;
          }
          if (ns.isDocumentSchema()) {
            if (Array.isArray(value)) this.writeList(ns, value, true); else this.writeMap(ns, value, true);
            return;
          }
          const json = JSON.stringify(value);
          this.writeAscii(json);
          return;
        }
        if (typeof value === "string") {
          if (ns.isBlobSchema()) {
            const b64 = (this.serdeContext?.base64Encoder ?? toBase64)(value);
            this.writeAsciiQuoted(b64);
            return;
          }
          this.writeJsonString(value);
          return;
        }
        if (typeof value === "number") {
          if (Math.abs(value) === 1 / 0 || Number.isNaN(value)) {
            this.writeAsciiQuoted(String(value));
            return;
          }
          const numStr = String(value);
          this.writeAscii(numStr);
          return;
        }
        if (typeof value === "boolean") {
          this.ensure(5);
          let {i: i, json: json} = this;
          if (value) {
            json.set(TRUE, i);
            i += 4;
          } else {
            json.set(FALSE, i);
            i += 5;
          }
          this.i = i;
          return;
        }
        if (typeof value === "bigint") {
          this.writeAscii(value.toString());
          return;
        }
        this.writeAscii(String(value));
      }
      writeStruct(ns, value) {
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let wroteAny = false;
        const hasType = typeof value.__type === "string";
        let writtenKeys;
        if (hasType) writtenKeys = new Set;
        for (const [memberName, memberSchema] of ns.structIterator()) {
          const item = value[memberName];
          if (item == null && !memberSchema.isIdempotencyToken()) continue;
          if (wroteAny) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          wroteAny = true;
          const targetKey = this.settings.jsonName ? memberSchema.getMergedTraits().jsonName ?? memberName : memberName;
          if (writtenKeys) {
            writtenKeys.add(memberName);
            writtenKeys.add(targetKey);
          }
          this.writeAsciiQuoted(targetKey);
          this.json[this.i++] = COLON;
          this.writeValue(memberSchema, item, ns);
        }
        if (!wroteAny && ns.isUnionSchema()) {
          const {$unknown: $unknown} = value;
          if (Array.isArray($unknown)) {
            const [k, v] = $unknown;
            this.writeAsciiQuoted(k);
            this.ensure(1);
            this.json[this.i++] = COLON;
            this.writeValue(15, v, ns);
          }
        } else if (hasType) for (const k in value) {
          if (writtenKeys.has(k)) continue;
          writtenKeys.add(k);
          const v = value[k];
          if (wroteAny) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          wroteAny = true;
          this.writeAsciiQuoted(k);
          this.ensure(1);
          this.json[this.i++] = COLON;
          this.writeValue(15, v, void 0);
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
      }
      writeList(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
          let hasSpecials = false;
          for (let i = 0; i < value.length; ++i) {
            const v = value[i];
            if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 || v == null && !sparse) {
              hasSpecials = true;
              break;
            }
          }
          let json;
          if (!hasSpecials) json = JSON.stringify(value); else {
            const out = [];
            for (let i = 0; i < value.length; ++i) {
              const v = value[i];
              if (v == null && !sparse) continue;
              if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0) out.push(String(v)); else out.push(v);
            }
            json = JSON.stringify(out);
          }
          this.ensure(json.length * 3);
          this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
          return;
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACKET;
        let wroteFirstItem = false;
        for (let i = 0; i < value.length; ++i) {
          const item = value[i];
          if (isDocument ? item === void 0 : item == null && !sparse) continue;
          if (wroteFirstItem) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          this.writeValue(valueSchema, item, void 0);
          wroteFirstItem = true;
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACKET;
      }
      writeMap(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
          let modifications;
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            const v = value[k];
            if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0) {
              (modifications ??= {})[k] = v;
              value[k] = String(v);
            } else if (v === null && !sparse) {
              (modifications ??= {})[k] = null;
              value[k] = void 0;
            }
          }
          const json = JSON.stringify(value);
          if (modifications) Object.assign(value, modifications);
          this.ensure(json.length * 3);
          this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
          return;
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let first = true;
        for (const k in value) {
          if (!hasOwn(value, k)) continue;
          const v = value[k];
          if (isDocument ? v === void 0 : v == null && !sparse) continue;
          if (!first) {
            this.ensure(1);
            this.json[this.i++] = COMMA;
          }
          first = false;
          this.writeJsonString(k);
          this.ensure(1);
          this.json[this.i++] = COLON;
          this.writeValue(valueSchema, v, void 0);
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
      }
      writeTimestamp(ns, value) {
        const format = determineTimestampFormat(ns, this.settings);
        switch (format) {
         case 5:
          {
            const iso = value.toISOString().replace(".000Z", "Z");
            this.writeAsciiQuoted(iso);
            return;
          }

         case 6:
          this.writeAsciiQuoted(dateToUtcString(value));
          return;

         case 7:
          {
            const epochSecs = String(value.getTime() / 1e3);
            this.writeAscii(epochSecs);
            return;
          }

         default:
          {
            const epochSecs = String(value.getTime() / 1e3);
            this.writeAscii(epochSecs);
            return;
          }
        }
      }
    }
    class JsonCodec2 extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      createSerializer() {
        const serializer = new JsonShapeSerializer2(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new JsonShapeDeserializer2(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    }
    class SmithyRpcV2JsonProtocol extends AbstractRpcV2Protocol {
      codec=new JsonCodec2({
        timestampFormat: {
          useTrait: false,
          default: 7
        },
        jsonName: false,
        bigNumberAsString: true
      });
      serializer=this.codec.createSerializer();
      deserializer=this.codec.createDeserializer();
      getShapeId() {
        return "smithy.protocols#rpcv2Json";
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return "rpc-v2-json";
      }
      applyEmptyBody(request) {
        if (!request.body) request.body = "{}";
      }
      async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorName = loadSmithyRpcV2JsonErrorCode(response, dataObject) ?? "Unknown";
        const errorMetadata = {
          $metadata: metadata,
          $fault: response.statusCode <= 500 ? "client" : "server"
        };
        let namespace = this.options.defaultNamespace;
        if (errorName.includes("#")) [namespace] = errorName.split("#");
        const registry = this.compositeErrorRegistry;
        const nsRegistry = TypeRegistry.for(namespace);
        registry.copyFrom(nsRegistry);
        let errorSchema;
        try {
          errorSchema = registry.getSchema(errorName);
        } catch (ignored) {
          if (dataObject.Message) dataObject.message = dataObject.Message;
          const syntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + namespace);
          registry.copyFrom(syntheticRegistry);
          const baseExceptionSchema = registry.getBaseException();
          if (baseExceptionSchema) {
            const ErrorCtor = registry.getErrorCtor(baseExceptionSchema);
            throw Object.assign(new ErrorCtor({
              name: errorName
            }), errorMetadata, dataObject);
          }
          throw Object.assign(new Error(errorName), errorMetadata, dataObject);
        }
        const ns = NormalizedSchema.of(errorSchema);
        const ErrorCtor = registry.getErrorCtor(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "Unknown";
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) if (dataObject[name] != null) output[name] = errorDeserializer.readObject(member, dataObject[name]);
        throw Object.assign(exception, errorMetadata, {
          $fault: ns.getMergedTraits().error,
          message: message
        }, output);
      }
      getDefaultContentType() {
        return "application/json";
      }
    }
    class JsonShapeDeserializer extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      async read(schema, data) {
        const reviver = needsReviver(schema) ? jsonReviver : void 0;
        return this._read(schema, typeof data === "string" ? JSON.parse(data, reviver) : await parseJsonBody(data, this.serdeContext, schema));
      }
      readObject(schema, data) {
        return this._read(schema, data);
      }
      _read(schema, value) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) {
            const record = value;
            const union = ns.isUnionSchema();
            const out = {};
            let nameMap;
            const {jsonName: jsonName} = this.settings;
            if (jsonName) nameMap = {};
            let unionSerde;
            if (union) unionSerde = new UnionSerde(record, out);
            for (const [memberName, memberSchema] of ns.structIterator()) {
              let fromKey = memberName;
              if (jsonName) {
                fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
                nameMap[fromKey] = memberName;
              }
              if (union) unionSerde.mark(fromKey);
              if (record[fromKey] != null) out[memberName] = this._read(memberSchema, record[fromKey]);
            }
            if (union) unionSerde.writeUnknown(); else if (typeof record.__type === "string") for (const k in record) {
              if (!hasOwn(record, k)) continue;
              const v = record[k];
              const t = jsonName ? nameMap[k] ?? k : k;
              if (!(t in out)) out[t] = v;
            }
            return out;
          }
          if (Array.isArray(value) && ns.isListSchema()) {
            const listMember = ns.getValueSchema();
            const out = [];
            for (const item of value) out.push(this._read(listMember, item));
            return out;
          }
          if (ns.isMapSchema()) {
            const mapMember = ns.getValueSchema();
            const out = {};
            for (const _k in value) {
              if (!hasOwn(value, _k)) continue;
              if (_k === "__proto__") writeKey(out);
              out[_k] = this._read(mapMember, value[_k]);
            }
            return out;
          }
        }
        if (ns.isBlobSchema() && typeof value === "string") return fromBase64(value);
        const mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value === "string" && mediaType) {
          const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
          if (isJson) return LazyJsonString.from(value);
          return value;
        }
        if (ns.isTimestampSchema() && value != null) {
          const format = determineTimestampFormat(ns, this.settings);
          switch (format) {
           case 5:
            return parseRfc3339DateTimeWithOffset(value);

           case 6:
            return parseRfc7231DateTime(value);

           case 7:
            return parseEpochTimestamp(value);

           default:
            console.warn("Missing timestamp format, parsing value with Date constructor:", value);
            return new Date(value);
          }
        }
        if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) return BigInt(value);
        if (ns.isBigDecimalSchema() && value != void 0) {
          if (value instanceof NumericValue) return value;
          const untyped = value;
          if (untyped.type === "bigDecimal" && "string" in untyped) return new NumericValue(untyped.string, untyped.type);
          return new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value === "string") {
          switch (value) {
           case "Infinity":
            return 1 / 0;

           case "-Infinity":
            return -1 / 0;

           case "NaN":
            return NaN;
          }
          return value;
        }
        if (ns.isDocumentSchema()) if (isObject) {
          const out = Array.isArray(value) ? [] : {};
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            if (k === "__proto__") writeKey(out);
            const v = value[k];
            if (v instanceof NumericValue) out[k] = v; else out[k] = this._read(ns, v);
          }
          return out;
        } else return structuredClone(value);
        return value;
      }
    }
    const NUMERIC_CONTROL_CHAR = String.fromCharCode(925);
    class JsonReplacer {
      values=new Map;
      counter=0;
      stage=0;
      createReplacer() {
        if (this.stage === 1) throw new Error("@aws-sdk/core/protocols - JsonReplacer already created.");
        if (this.stage === 2) throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        this.stage = 1;
        return (key, value) => {
          if (value instanceof NumericValue) {
            const v = `${NUMERIC_CONTROL_CHAR + "nv" + this.counter++}_` + value.string;
            this.values.set(`"${v}"`, value.string);
            return v;
          }
          if (typeof value === "bigint") {
            const s = value.toString();
            const v = `${NUMERIC_CONTROL_CHAR + "b" + this.counter++}_` + s;
            this.values.set(`"${v}"`, s);
            return v;
          }
          return value;
        };
      }
      replaceInJson(json) {
        if (this.stage === 0) throw new Error("@aws-sdk/core/protocols - JsonReplacer not created yet.");
        if (this.stage === 2) throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        this.stage = 2;
        if (this.counter === 0) return json;
        for (const [key, value] of this.values) json = json.replace(key, value);
        return json;
      }
    }
    class JsonShapeSerializer extends SerdeContextConfig {
      settings;
      buffer;
      useReplacer=false;
      rootSchema;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      write(schema, value) {
        this.rootSchema = NormalizedSchema.of(schema);
        this.buffer = this._write(this.rootSchema, value);
      }
      flush() {
        const {rootSchema: rootSchema, useReplacer: useReplacer} = this;
        this.rootSchema = void 0;
        this.useReplacer = false;
        if (rootSchema?.isStructSchema() || rootSchema?.isDocumentSchema()) {
          if (!useReplacer) return JSON.stringify(this.buffer);
          const replacer = new JsonReplacer;
          return replacer.replaceInJson(JSON.stringify(this.buffer, replacer.createReplacer(), 0));
        }
        return this.buffer;
      }
      writeDiscriminatedDocument(schema, value) {
        this.write(schema, value);
        if (typeof this.buffer === "object") this.buffer.__type = NormalizedSchema.of(schema).getName(true);
      }
      _write(schema, value, container) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
          if (ns.isStructSchema()) {
            const record = value;
            const out = {};
            const {jsonName: jsonName} = this.settings;
            let nameMap;
            if (jsonName) nameMap = {};
            let outCount = 0;
            for (const [memberName, memberSchema] of ns.structIterator()) {
              const serializableValue = this._write(memberSchema, record[memberName], ns);
              if (serializableValue !== void 0) {
                let targetKey = memberName;
                if (jsonName) {
                  targetKey = memberSchema.getMergedTraits().jsonName ?? memberName;
                  nameMap[memberName] = targetKey;
                }
                out[targetKey] = serializableValue;
                outCount++;
              }
            }
            if (ns.isUnionSchema() && outCount === 0) {
              const {$unknown: $unknown} = record;
              if (Array.isArray($unknown)) {
                const [k, v] = $unknown;
                if (k === "__proto__") writeKey(out);
                out[k] = this._write(15, v);
              }
            } else if (typeof record.__type === "string") for (const k in record) {
              if (!hasOwn(record, k)) continue;
              const v = record[k];
              const targetKey = jsonName ? nameMap[k] ?? k : k;
              if (!(targetKey in out)) out[targetKey] = this._write(15, v);
            }
            return out;
          }
          if (Array.isArray(value) && ns.isListSchema()) {
            const listMember = ns.getValueSchema();
            const out = [];
            const sparse = !!ns.getMergedTraits().sparse;
            for (const item of value) if (sparse || item != null) out.push(this._write(listMember, item));
            return out;
          }
          if (ns.isMapSchema()) {
            const mapMember = ns.getValueSchema();
            const out = {};
            const sparse = !!ns.getMergedTraits().sparse;
            for (const _k in value) {
              if (!hasOwn(value, _k)) continue;
              const _v = value[_k];
              if (sparse || _v != null) {
                if (_k === "__proto__") writeKey(out);
                out[_k] = this._write(mapMember, _v);
              }
            }
            return out;
          }
          if (value instanceof Uint8Array && ns.isBlobSchema()) {
            if (ns === this.rootSchema) return value;
            return (this.serdeContext?.base64Encoder ?? toBase64)(value);
          }
          if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
            const format = determineTimestampFormat(ns, this.settings);
            switch (format) {
             case 5:
              return value.toISOString().replace(".000Z", "Z");

             case 6:
              return dateToUtcString(value);

             case 7:
              return value.getTime() / 1e3;

             default:
              console.warn("Missing timestamp format, using epoch seconds", value);
              return value.getTime() / 1e3;
            }
          }
          if (value instanceof NumericValue) this.useReplacer = true;
        }
        if (value === null && container?.isStructSchema()) return;
        if (ns.isStringSchema()) {
          if (typeof value === "undefined" && ns.isIdempotencyToken()) return generateIdempotencyToken();
          const mediaType = ns.getMergedTraits().mediaType;
          if (value != null && mediaType) {
            const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
            if (isJson) return LazyJsonString.from(value);
          }
          return value;
        }
        if (typeof value === "number") {
          if (Math.abs(value) === 1 / 0 || isNaN(value)) return String(value);
          return value;
        }
        if (typeof value === "string" && ns.isBlobSchema()) {
          if (ns === this.rootSchema) return value;
          return (this.serdeContext?.base64Encoder ?? toBase64)(value);
        }
        if (typeof value === "bigint") this.useReplacer = true;
        if (ns.isDocumentSchema()) if (isObject) {
          if (value instanceof Uint8Array) return (this.serdeContext?.base64Encoder ?? toBase64)(value);
          const out = Array.isArray(value) ? [] : {};
          for (const k in value) {
            if (!hasOwn(value, k)) continue;
            const v = value[k];
            if (k === "__proto__") writeKey(out);
            if (v instanceof NumericValue) {
              this.useReplacer = true;
              out[k] = v;
            } else out[k] = this._write(ns, v);
          }
          return out;
        } else return structuredClone(value);
        return value;
      }
    }
    class JsonCodec extends SerdeContextConfig {
      settings;
      constructor(settings) {
        super();
        this.settings = settings;
      }
      createSerializer() {
        const serializer = new JsonShapeSerializer(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
      }
      createDeserializer() {
        const deserializer = new JsonShapeDeserializer(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
      }
    }
    exports.AbstractRpcV2Protocol = AbstractRpcV2Protocol;
    exports.Field = Field;
    exports.Fields = Fields;
    exports.FromStringShapeDeserializer = FromStringShapeDeserializer;
    exports.HttpBindingProtocol = HttpBindingProtocol;
    exports.HttpInterceptingShapeDeserializer = HttpInterceptingShapeDeserializer;
    exports.HttpInterceptingShapeSerializer = HttpInterceptingShapeSerializer;
    exports.HttpProtocol = HttpProtocol;
    exports.JsonCodec = JsonCodec;
    exports.JsonCodec2 = JsonCodec2;
    exports.JsonShapeDeserializer = JsonShapeDeserializer;
    exports.JsonShapeDeserializer2 = JsonShapeDeserializer2;
    exports.JsonShapeSerializer = JsonShapeSerializer;
    exports.JsonShapeSerializer2 = JsonShapeSerializer2;
    exports.RequestBuilder = RequestBuilder;
    exports.RpcProtocol = RpcProtocol;
    exports.SerdeContext = SerdeContext;
    exports.SmithyRpcV2JsonProtocol = SmithyRpcV2JsonProtocol;
    exports.ToStringShapeSerializer = ToStringShapeSerializer;
    exports.buildQueryString = buildQueryString;
    exports.collectBody = collectBody;
    exports.contentLengthMiddleware = contentLengthMiddleware;
    exports.contentLengthMiddlewareOptions = contentLengthMiddlewareOptions;
    exports.determineTimestampFormat = determineTimestampFormat;
    exports.escapeUri = escapeUri;
    exports.escapeUriPath = escapeUriPath;
    exports.extendedEncodeURIComponent = extendedEncodeURIComponent;
    exports.getContentLengthPlugin = getContentLengthPlugin;
    exports.getHttpHandlerExtensionConfiguration = getHttpHandlerExtensionConfiguration;
    exports.loadJsonRpcErrorCode = loadJsonRpcErrorCode;
    exports.loadRestJsonErrorCode = loadRestJsonErrorCode;
    exports.loadSmithyRpcV2JsonErrorCode = loadSmithyRpcV2JsonErrorCode;
    exports.parseJsonBody = parseJsonBody;
    exports.parseJsonErrorBody = parseJsonErrorBody;
    exports.requestBuilder = requestBuilder;
    exports.resolveHttpHandlerRuntimeConfig = resolveHttpHandlerRuntimeConfig;
    exports.resolvedPath = resolvedPath;
    /***/  },
  /***/ 3609: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {Readable: Readable} = __nccwpck_require__(7075);
    const {NoOpLogger: NoOpLogger, normalizeProvider: normalizeProvider} = __nccwpck_require__(2658);
    const {HttpResponse: HttpResponse, HttpRequest: HttpRequest} = __nccwpck_require__(3422);
    const {parseRfc7231DateTime: parseRfc7231DateTime, v4: v4} = __nccwpck_require__(2430);
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __nccwpck_require__(5662);
    const {hasOwn: hasOwn} = __nccwpck_require__(4534);
    const isStreamingPayload = request => request?.body instanceof Readable || typeof ReadableStream !== "undefined" && request?.body instanceof ReadableStream;
    const CLOCK_SKEW_ERROR_CODES = [ "AccessDeniedException", "AuthFailure", "InvalidSignatureException", "RequestExpired", "RequestInTheFuture", "RequestTimeTooSkewed", "SignatureDoesNotMatch" ];
    const THROTTLING_ERROR_CODES = [ "BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException", "PriorRequestNotComplete", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException", "SlowDown", "ThrottledException", "Throttling", "ThrottlingException", "TooManyRequestsException", "TransactionInProgressException" ];
    const TRANSIENT_ERROR_CODES = [ "TimeoutError", "RequestTimeout", "RequestTimeoutException" ];
    const TRANSIENT_ERROR_STATUS_CODES = [ 500, 502, 503, 504 ];
    const NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT" ];
    const NODEJS_NETWORK_ERROR_CODES = [ "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN" ];
    const isRetryableByTrait = error => error?.$retryable !== void 0;
    const isClockSkewError = error => CLOCK_SKEW_ERROR_CODES.includes(error.name);
    const isClockSkewCorrectedError = error => error.$metadata?.clockSkewCorrected;
    const isBrowserNetworkError = error => {
      const errorMessages = new Set([ "Failed to fetch", "NetworkError when attempting to fetch resource", "The Internet connection appears to be offline", "Load failed", "Network request failed" ]);
      const isValid = error && error instanceof TypeError;
      if (!isValid) return false;
      return errorMessages.has(error.message);
    };
    const isThrottlingError = error => error.$metadata?.httpStatusCode === 429 || THROTTLING_ERROR_CODES.includes(error.name) || error.$retryable?.throttling == true;
    const isTransientError = (error, depth = 0) => error?.name !== "AbortError" && (isRetryableByTrait(error) || isClockSkewCorrectedError(error) || error.name === "InvalidSignatureException" && error.message?.includes("Signature expired") || TRANSIENT_ERROR_CODES.includes(error.name) || NODEJS_TIMEOUT_ERROR_CODES.includes(error?.code || "") || NODEJS_NETWORK_ERROR_CODES.includes(error?.code || "") || TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) || isBrowserNetworkError(error) || isNodeJsHttp2TransientError(error) || error.cause !== void 0 && depth <= 10 && isTransientError(error.cause, depth + 1));
    const isServerError = error => {
      if (error.$metadata?.httpStatusCode !== void 0) {
        const statusCode = error.$metadata.httpStatusCode;
        if (500 <= statusCode && statusCode <= 599 && !isTransientError(error)) return true;
        return false;
      }
      return false;
    };
    function isNodeJsHttp2TransientError(error) {
      return error.code === "ERR_HTTP2_STREAM_ERROR" && error.message.includes("NGHTTP2_REFUSED_STREAM");
    }
    const race = (promise, signal) => {
      if (!signal) return promise;
      let cleanup = () => {};
      const aborted = new Promise((_, reject) => {
        const handler = () => reject(createAbortError(signal));
        if (signal.aborted) handler(); else if (typeof signal.addEventListener === "function") {
          signal.addEventListener("abort", handler, {
            once: true
          });
          cleanup = () => signal.removeEventListener("abort", handler);
        } else signal.onabort = handler;
      });
      return Promise.race([ promise, aborted ]).finally(cleanup);
    };
    const createAbortError = signal => {
      const reason = signal.reason;
      if (reason instanceof Error) return Object.assign(new Error("Request aborted"), {
        name: "AbortError",
        cause: reason
      });
      return Object.assign(new Error(reason ? String(reason) : "Request aborted"), {
        name: "AbortError"
      });
    };
    const isAbortError = error => typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";
    const DEFAULT_RETRY_DELAY_BASE = 100;
    const MAXIMUM_RETRY_DELAY = 20 * 1e3;
    const THROTTLING_RETRY_DELAY_BASE = 500;
    const INITIAL_RETRY_TOKENS = 500;
    const RETRY_COST = 5;
    const TIMEOUT_RETRY_COST = 10;
    const NO_RETRY_INCREMENT = 1;
    const INVOCATION_ID_HEADER = "amz-sdk-invocation-id";
    const REQUEST_HEADER = "amz-sdk-request";
    function parseRetryAfterHeader(response, logger) {
      if (!HttpResponse.isInstance(response)) return;
      for (const header in response.headers) {
        if (!hasOwn(response.headers, header)) continue;
        const h = header.toLowerCase();
        if (h === "retry-after") {
          const retryAfter = response.headers[header];
          let retryAfterSeconds = NaN;
          if (retryAfter.endsWith("GMT")) try {
            const date = parseRfc7231DateTime(retryAfter);
            retryAfterSeconds = (date.getTime() - Date.now()) / 1e3;
          } catch (e) {
            logger?.trace?.("Failed to parse retry-after header");
            logger?.trace?.(e);
          } else if (retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]); else if (retryAfter.match(/^((\d+)|(\d+\.\d+))$/)) retryAfterSeconds = Number(retryAfter); else if (Date.parse(retryAfter) >= Date.now()) retryAfterSeconds = (Date.parse(retryAfter) - Date.now()) / 1e3;
          if (isNaN(retryAfterSeconds)) return;
          return new Date(Date.now() + retryAfterSeconds * 1e3);
        } else if (h === "x-amz-retry-after") {
          const v = response.headers[header];
          const backoffMilliseconds = Number(v);
          if (isNaN(backoffMilliseconds)) {
            logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);
            return;
          }
          return new Date(Date.now() + backoffMilliseconds);
        }
      }
    }
    function getRetryAfterHint(response, logger) {
      return parseRetryAfterHeader(response, logger);
    }
    const asSdkError = error => {
      if (error instanceof Error) return error;
      if (error instanceof Object) return Object.assign(new Error, error);
      if (typeof error === "string") return new Error(error);
      return new Error(`AWS SDK error wrapper for ${error}`);
    };
    function bindRetryMiddleware(isStreamingPayload) {
      return options => (next, context) => async args => {
        let retryStrategy = await options.retryStrategy();
        const maxAttempts = await options.maxAttempts();
        const abortSignal = context[SMITHY_CONTEXT_KEY]?.abortSignal;
        if (isRetryStrategyV2(retryStrategy)) {
          const retryTokenScope = (context["partition_id"] ?? "") + (context.__retryLongPoll ? ":longpoll" : "");
          let retryToken = await race(retryStrategy.acquireInitialRetryToken(retryTokenScope), abortSignal);
          let lastError = new Error;
          let attempts = 0;
          let totalRetryDelay = 0;
          const {request: request} = args;
          const isRequest = HttpRequest.isInstance(request);
          if (isRequest) request.headers[INVOCATION_ID_HEADER] = v4();
          while (true) try {
            if (isRequest) request.headers[REQUEST_HEADER] = `attempt=${attempts + 1}; max=${maxAttempts}`;
            const {response: response, output: output} = await next(args);
            retryStrategy.recordSuccess(retryToken);
            output.$metadata.attempts = attempts + 1;
            output.$metadata.totalRetryDelay = totalRetryDelay;
            return {
              response: response,
              output: output
            };
          } catch (e) {
            const retryErrorInfo = getRetryErrorInfo(e, options.logger);
            lastError = asSdkError(e);
            if (isRequest && isStreamingPayload(request)) {
              (context.logger instanceof NoOpLogger ? console : context.logger)?.warn("An error was encountered in a non-retryable streaming request.");
              throw lastError;
            }
            try {
              if (abortSignal?.aborted) throw lastError;
              retryToken = await race(retryStrategy.refreshRetryTokenForRetry(retryToken, retryErrorInfo), abortSignal);
            } catch (refreshError) {
              if (refreshError !== lastError && abortSignal?.aborted && isAbortError(refreshError)) throw refreshError;
              if (!lastError.$metadata) lastError.$metadata = {};
              lastError.$metadata.attempts = attempts + 1;
              lastError.$metadata.totalRetryDelay = totalRetryDelay;
              throw lastError;
            }
            attempts = retryToken.getRetryCount();
            const delay = retryToken.getRetryDelay();
            totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay;
            if (delay > 0) await race(new Promise(resolve => setTimeout(resolve, delay)), abortSignal);
          }
        } else {
          if (retryStrategy?.mode) context.userAgent = [ ...context.userAgent || [], [ "cfg/retry-mode", retryStrategy.mode ] ];
          return retryStrategy.retry(next, args);
        }
      };
    }
    const isRetryStrategyV2 = retryStrategy => typeof retryStrategy.acquireInitialRetryToken !== "undefined" && typeof retryStrategy.refreshRetryTokenForRetry !== "undefined" && typeof retryStrategy.recordSuccess !== "undefined";
    const getRetryErrorInfo = (error, logger) => {
      const errorInfo = {
        error: error,
        errorType: getRetryErrorType(error)
      };
      const retryAfterHint = parseRetryAfterHeader(error.$response, logger);
      if (retryAfterHint) errorInfo.retryAfterHint = retryAfterHint;
      return errorInfo;
    };
    const getRetryErrorType = error => {
      if (isThrottlingError(error)) return "THROTTLING";
      if (isTransientError(error)) return "TRANSIENT";
      if (isServerError(error)) return "SERVER_ERROR";
      return "CLIENT_ERROR";
    };
    const retryMiddlewareOptions = {
      name: "retryMiddleware",
      tags: [ "RETRY" ],
      step: "finalizeRequest",
      priority: "high",
      override: true
    };
    function bindGetRetryPlugin(isStreamingPayload) {
      const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
      return options => ({
        applyToStack: clientStack => {
          clientStack.add(retryMiddleware(options), retryMiddlewareOptions);
        }
      });
    }
    class DefaultRateLimiter {
      static setTimeoutFn=(fn, delay) => setTimeout(fn, delay);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled=false;
      availableTokens=0;
      lastMaxRate=0;
      measuredTxRate=0;
      requestCount=0;
      fillRate;
      lastThrottleTime;
      lastTimestamp=0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow=0;
      constructor(options) {
        this.beta = options?.beta ?? .7;
        this.minCapacity = options?.minCapacity ?? 1;
        this.minFillRate = options?.minFillRate ?? .5;
        this.scaleConstant = options?.scaleConstant ?? .4;
        this.smooth = options?.smooth ?? .8;
        this.lastThrottleTime = this.getCurrentTimeInSeconds();
        this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds());
        this.fillRate = this.minFillRate;
        this.maxCapacity = this.minCapacity;
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(response) {
        let calculatedRate;
        this.updateMeasuredRate();
        const retryErrorInfo = response;
        const isThrottling = retryErrorInfo?.errorType === "THROTTLING" || isThrottlingError(retryErrorInfo?.error ?? response);
        if (isThrottling) {
          const rateToUse = !this.enabled ? this.measuredTxRate : Math.min(this.measuredTxRate, this.fillRate);
          this.lastMaxRate = rateToUse;
          this.calculateTimeWindow();
          this.lastThrottleTime = this.getCurrentTimeInSeconds();
          calculatedRate = this.cubicThrottle(rateToUse);
          this.enableTokenBucket();
        } else {
          this.calculateTimeWindow();
          calculatedRate = this.cubicSuccess(this.getCurrentTimeInSeconds());
        }
        const newRate = Math.min(calculatedRate, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(newRate);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(amount) {
        if (!this.enabled) return;
        this.refillTokenBucket();
        while (amount > this.availableTokens) {
          const delay = (amount - this.availableTokens) / this.fillRate * 1e3;
          await new Promise(resolve => DefaultRateLimiter.setTimeoutFn(resolve, delay));
          this.refillTokenBucket();
        }
        this.availableTokens = this.availableTokens - amount;
      }
      refillTokenBucket() {
        const timestamp = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = timestamp;
          return;
        }
        const fillAmount = (timestamp - this.lastTimestamp) * this.fillRate;
        this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + fillAmount);
        this.lastTimestamp = timestamp;
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(Math.pow(this.lastMaxRate * (1 - this.beta) / this.scaleConstant, 1 / 3));
      }
      cubicThrottle(rateToUse) {
        return this.getPrecise(rateToUse * this.beta);
      }
      cubicSuccess(timestamp) {
        return this.getPrecise(this.scaleConstant * Math.pow(timestamp - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
      }
      enableTokenBucket() {
        this.enabled = true;
      }
      updateTokenBucketRate(newRate) {
        this.refillTokenBucket();
        this.fillRate = Math.max(newRate, this.minFillRate);
        this.maxCapacity = Math.max(newRate, this.minCapacity);
        this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
      }
      updateMeasuredRate() {
        const t = this.getCurrentTimeInSeconds();
        const timeBucket = Math.floor(t * 2) / 2;
        this.requestCount++;
        if (timeBucket > this.lastTxRateBucket) {
          const currentRate = this.requestCount / (timeBucket - this.lastTxRateBucket);
          this.measuredTxRate = this.getPrecise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth));
          this.requestCount = 0;
          this.lastTxRateBucket = timeBucket;
        }
      }
      getPrecise(num) {
        return parseFloat(num.toFixed(8));
      }
    }
    class Retry {
      static v2026=true;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return "THROTTLING";
      }
    }
    class DefaultRetryBackoffStrategy {
      x=Retry.delay();
      computeNextBackoffDelay(i) {
        const b = Math.random();
        const r = 2;
        const t_i = b * Math.min(this.x * r ** i, MAXIMUM_RETRY_DELAY);
        return Math.floor(t_i);
      }
      setDelayBase(delay) {
        this.x = delay;
      }
    }
    class DefaultRetryToken {
      delay;
      count;
      cost;
      longPoll;
      $retryLog={
        acquisitionDelay: 0
      };
      constructor(delay, count, cost, longPoll) {
        this.delay = delay;
        this.count = count;
        this.cost = cost;
        this.longPoll = longPoll;
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(MAXIMUM_RETRY_DELAY, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    }
    var RETRY_MODES;
    (function(RETRY_MODES) {
      RETRY_MODES["STANDARD"] = "standard";
      RETRY_MODES["ADAPTIVE"] = "adaptive";
    })(RETRY_MODES || (RETRY_MODES = {}));
    const DEFAULT_MAX_ATTEMPTS = 3;
    const DEFAULT_RETRY_MODE = RETRY_MODES.STANDARD;
    const refusal = {
      incompatible: 1,
      attempts: 2,
      capacity: 3
    };
    let StandardRetryStrategy$1 = class {
      mode=RETRY_MODES.STANDARD;
      retryBackoffStrategy;
      capacity=INITIAL_RETRY_TOKENS;
      maxAttemptsProvider;
      baseDelay;
      constructor(arg1) {
        if (typeof arg1 === "number") this.maxAttemptsProvider = async () => arg1; else if (typeof arg1 === "function") this.maxAttemptsProvider = arg1; else if (arg1 && typeof arg1 === "object") {
          this.maxAttemptsProvider = async () => arg1.maxAttempts;
          this.baseDelay = arg1.baseDelay;
          this.retryBackoffStrategy = arg1.backoff;
        }
        this.maxAttemptsProvider ??= async () => DEFAULT_MAX_ATTEMPTS;
        this.baseDelay ??= Retry.delay();
        this.retryBackoffStrategy ??= new DefaultRetryBackoffStrategy;
      }
      async acquireInitialRetryToken(retryTokenScope) {
        return new DefaultRetryToken(Retry.delay(), 0, void 0, retryTokenScope.includes(":longpoll"));
      }
      async refreshRetryTokenForRetry(token, errorInfo) {
        const maxAttempts = await this.getMaxAttempts();
        const retryCode = this.retryCode(token, errorInfo, maxAttempts);
        const shouldRetry = retryCode === 0;
        const isLongPoll = token.isLongPoll?.();
        if (shouldRetry || isLongPoll) {
          const errorType = errorInfo.errorType;
          this.retryBackoffStrategy.setDelayBase(errorType === "THROTTLING" ? Retry.throttlingDelay() : this.baseDelay);
          const delayFromErrorType = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount());
          let retryDelay = delayFromErrorType;
          if (errorInfo.retryAfterHint instanceof Date) retryDelay = Math.max(delayFromErrorType, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), delayFromErrorType + 5e3));
          if (!shouldRetry) {
            const longPollBackoff = retryCode === refusal.capacity && isLongPoll ? retryDelay : 0;
            if (longPollBackoff > 0) await new Promise(r => setTimeout(r, longPollBackoff));
          } else {
            const capacityCost = this.getCapacityCost(errorType);
            this.capacity -= capacityCost;
            const nextToken = new DefaultRetryToken(0, token.getRetryCount() + 1, capacityCost, token.isLongPoll?.() ?? false);
            await new Promise(r => setTimeout(r, retryDelay));
            nextToken.$retryLog.acquisitionDelay = retryDelay;
            return nextToken;
          }
        }
        throw new Error("No retry token available");
      }
      recordSuccess(token) {
        this.capacity = Math.min(INITIAL_RETRY_TOKENS, this.capacity + (token.getRetryCost() ?? NO_RETRY_INCREMENT));
      }
      getCapacity() {
        return this.capacity;
      }
      async maxAttempts() {
        return this.maxAttemptsProvider();
      }
      async getMaxAttempts() {
        try {
          return await this.maxAttemptsProvider();
        } catch (ignored) {
          console.warn(`Max attempts provider could not resolve. Using default of ${DEFAULT_MAX_ATTEMPTS}`);
          return DEFAULT_MAX_ATTEMPTS;
        }
      }
      retryCode(tokenToRenew, errorInfo, maxAttempts) {
        const attempts = tokenToRenew.getRetryCount() + 1;
        const retryableStatus = this.isRetryableError(errorInfo.errorType) ? 0 : refusal.incompatible;
        const attemptStatus = attempts < maxAttempts ? 0 : refusal.attempts;
        const capacityStatus = this.capacity >= this.getCapacityCost(errorInfo.errorType) ? 0 : refusal.capacity;
        return retryableStatus || attemptStatus || capacityStatus;
      }
      getCapacityCost(errorType) {
        return errorType === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
      }
      isRetryableError(errorType) {
        return errorType === "THROTTLING" || errorType === "TRANSIENT";
      }
    };
    let AdaptiveRetryStrategy$1 = class {
      mode=RETRY_MODES.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(maxAttemptsProvider, options) {
        const {rateLimiter: rateLimiter} = options ?? {};
        this.rateLimiter = rateLimiter ?? new DefaultRateLimiter;
        this.standardRetryStrategy = options ? new StandardRetryStrategy$1({
          maxAttempts: typeof maxAttemptsProvider === "number" ? maxAttemptsProvider : 3,
          ...options
        }) : new StandardRetryStrategy$1(maxAttemptsProvider);
      }
      async acquireInitialRetryToken(retryTokenScope) {
        const token = await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);
        await this.rateLimiter.getSendToken();
        return token;
      }
      async refreshRetryTokenForRetry(tokenToRenew, errorInfo) {
        this.rateLimiter.updateClientSendingRate(errorInfo);
        const token = await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew, errorInfo);
        await this.rateLimiter.getSendToken();
        return token;
      }
      recordSuccess(token) {
        this.rateLimiter.updateClientSendingRate({});
        this.standardRetryStrategy.recordSuccess(token);
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
    class ConfiguredRetryStrategy extends StandardRetryStrategy$1 {
      computeNextBackoffDelay;
      constructor(maxAttempts, computeNextBackoffDelay = Retry.delay()) {
        super(typeof maxAttempts === "function" ? maxAttempts : async () => maxAttempts);
        if (typeof computeNextBackoffDelay === "number") this.computeNextBackoffDelay = () => computeNextBackoffDelay; else this.computeNextBackoffDelay = computeNextBackoffDelay;
        this.retryBackoffStrategy.computeNextBackoffDelay = completedAttempt => {
          const nextAttempt = completedAttempt + 1;
          return this.computeNextBackoffDelay(nextAttempt);
        };
      }
    }
    const getDefaultRetryQuota = (initialRetryTokens, options) => {
      const MAX_CAPACITY = initialRetryTokens;
      const noRetryIncrement = NO_RETRY_INCREMENT;
      const retryCost = RETRY_COST;
      const timeoutRetryCost = TIMEOUT_RETRY_COST;
      let availableCapacity = initialRetryTokens;
      const getCapacityAmount = error => error.name === "TimeoutError" ? timeoutRetryCost : retryCost;
      const hasRetryTokens = error => getCapacityAmount(error) <= availableCapacity;
      const retrieveRetryTokens = error => {
        if (!hasRetryTokens(error)) throw new Error("No retry token available");
        const capacityAmount = getCapacityAmount(error);
        availableCapacity -= capacityAmount;
        return capacityAmount;
      };
      const releaseRetryTokens = capacityReleaseAmount => {
        availableCapacity += capacityReleaseAmount ?? noRetryIncrement;
        availableCapacity = Math.min(availableCapacity, MAX_CAPACITY);
      };
      return Object.freeze({
        hasRetryTokens: hasRetryTokens,
        retrieveRetryTokens: retrieveRetryTokens,
        releaseRetryTokens: releaseRetryTokens
      });
    };
    const defaultDelayDecider = (delayBase, attempts) => Math.floor(Math.min(MAXIMUM_RETRY_DELAY, Math.random() * 2 ** attempts * delayBase));
    const defaultRetryDecider = error => {
      if (!error) return false;
      return isRetryableByTrait(error) || isClockSkewError(error) || isThrottlingError(error) || isTransientError(error);
    };
    class StandardRetryStrategy {
      maxAttemptsProvider;
      retryDecider;
      delayDecider;
      retryQuota;
      mode=RETRY_MODES.STANDARD;
      constructor(maxAttemptsProvider, options) {
        this.maxAttemptsProvider = maxAttemptsProvider;
        this.retryDecider = options?.retryDecider ?? defaultRetryDecider;
        this.delayDecider = options?.delayDecider ?? defaultDelayDecider;
        this.retryQuota = options?.retryQuota ?? getDefaultRetryQuota(INITIAL_RETRY_TOKENS);
      }
      shouldRetry(error, attempts, maxAttempts) {
        return attempts < maxAttempts && this.retryDecider(error) && this.retryQuota.hasRetryTokens(error);
      }
      async getMaxAttempts() {
        let maxAttempts;
        try {
          maxAttempts = await this.maxAttemptsProvider();
        } catch (ignored) {
          maxAttempts = DEFAULT_MAX_ATTEMPTS;
        }
        return maxAttempts;
      }
      async retry(next, args, options) {
        let retryTokenAmount;
        let attempts = 0;
        let totalDelay = 0;
        const maxAttempts = await this.getMaxAttempts();
        const {request: request} = args;
        if (HttpRequest.isInstance(request)) request.headers[INVOCATION_ID_HEADER] = v4();
        while (true) try {
          if (HttpRequest.isInstance(request)) request.headers[REQUEST_HEADER] = `attempt=${attempts + 1}; max=${maxAttempts}`;
          if (options?.beforeRequest) await options.beforeRequest();
          const {response: response, output: output} = await next(args);
          if (options?.afterRequest) options.afterRequest(response);
          this.retryQuota.releaseRetryTokens(retryTokenAmount);
          output.$metadata.attempts = attempts + 1;
          output.$metadata.totalRetryDelay = totalDelay;
          return {
            response: response,
            output: output
          };
        } catch (e) {
          const err = asSdkError(e);
          attempts++;
          if (this.shouldRetry(err, attempts, maxAttempts)) {
            retryTokenAmount = this.retryQuota.retrieveRetryTokens(err);
            const delayFromDecider = this.delayDecider(isThrottlingError(err) ? THROTTLING_RETRY_DELAY_BASE : DEFAULT_RETRY_DELAY_BASE, attempts);
            const delayFromResponse = getDelayFromRetryAfterHeader(err.$response);
            const delay = Math.max(delayFromResponse || 0, delayFromDecider);
            totalDelay += delay;
            await new Promise(resolve => setTimeout(resolve, delay));
            continue;
          }
          if (!err.$metadata) err.$metadata = {};
          err.$metadata.attempts = attempts;
          err.$metadata.totalRetryDelay = totalDelay;
          throw err;
        }
      }
    }
    const getDelayFromRetryAfterHeader = response => {
      if (!HttpResponse.isInstance(response)) return;
      const retryAfterHeaderName = Object.keys(response.headers).find(key => key.toLowerCase() === "retry-after");
      if (!retryAfterHeaderName) return;
      const retryAfter = response.headers[retryAfterHeaderName];
      const retryAfterSeconds = Number(retryAfter);
      if (!Number.isNaN(retryAfterSeconds)) return Math.min(retryAfterSeconds * 1e3, 2e4);
      const retryAfterDate = new Date(retryAfter);
      return Math.min(retryAfterDate.getTime() - Date.now(), 2e4);
    };
    class AdaptiveRetryStrategy extends StandardRetryStrategy {
      rateLimiter;
      constructor(maxAttemptsProvider, options) {
        const {rateLimiter: rateLimiter, ...superOptions} = options ?? {};
        super(maxAttemptsProvider, superOptions);
        this.rateLimiter = rateLimiter ?? new DefaultRateLimiter;
        this.mode = RETRY_MODES.ADAPTIVE;
      }
      async retry(next, args) {
        return super.retry(next, args, {
          beforeRequest: async () => this.rateLimiter.getSendToken(),
          afterRequest: response => {
            this.rateLimiter.updateClientSendingRate(response);
          }
        });
      }
    }
    const ENV_MAX_ATTEMPTS = "AWS_MAX_ATTEMPTS";
    const CONFIG_MAX_ATTEMPTS = "max_attempts";
    const NODE_MAX_ATTEMPT_CONFIG_OPTIONS = {
      environmentVariableSelector: env => {
        const value = env[ENV_MAX_ATTEMPTS];
        if (!value) return;
        const maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt)) throw new Error(`Environment variable ${ENV_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        return maxAttempt;
      },
      configFileSelector: profile => {
        const value = profile[CONFIG_MAX_ATTEMPTS];
        if (!value) return;
        const maxAttempt = parseInt(value);
        if (Number.isNaN(maxAttempt)) throw new Error(`Shared config file entry ${CONFIG_MAX_ATTEMPTS} mast be a number, got "${value}"`);
        return maxAttempt;
      },
      default: DEFAULT_MAX_ATTEMPTS
    };
    const resolveRetryConfig = (input, defaults) => {
      const {retryStrategy: retryStrategy, retryMode: retryMode} = input;
      const {defaultMaxAttempts: defaultMaxAttempts = DEFAULT_MAX_ATTEMPTS, defaultBaseDelay: defaultBaseDelay = Retry.delay()} = defaults ?? {};
      const maxAttemptsProvider = normalizeProvider(input.maxAttempts ?? defaultMaxAttempts);
      let controller = retryStrategy ? Promise.resolve(retryStrategy) : void 0;
      const getDefault = async () => {
        const maxAttempts = await maxAttemptsProvider();
        const adaptive = await normalizeProvider(retryMode)() === RETRY_MODES.ADAPTIVE;
        if (adaptive) return new AdaptiveRetryStrategy$1(maxAttemptsProvider, {
          maxAttempts: maxAttempts,
          baseDelay: defaultBaseDelay
        });
        return new StandardRetryStrategy$1({
          maxAttempts: maxAttempts,
          baseDelay: defaultBaseDelay
        });
      };
      return Object.assign(input, {
        maxAttempts: maxAttemptsProvider,
        retryStrategy: () => controller ??= getDefault()
      });
    };
    const ENV_RETRY_MODE = "AWS_RETRY_MODE";
    const CONFIG_RETRY_MODE = "retry_mode";
    const NODE_RETRY_MODE_CONFIG_OPTIONS = {
      environmentVariableSelector: env => env[ENV_RETRY_MODE],
      configFileSelector: profile => profile[CONFIG_RETRY_MODE],
      default: DEFAULT_RETRY_MODE
    };
    const omitRetryHeadersMiddleware = () => next => async args => {
      const {request: request} = args;
      if (HttpRequest.isInstance(request)) {
        delete request.headers[INVOCATION_ID_HEADER];
        delete request.headers[REQUEST_HEADER];
      }
      return next(args);
    };
    const omitRetryHeadersMiddlewareOptions = {
      name: "omitRetryHeadersMiddleware",
      tags: [ "RETRY", "HEADERS", "OMIT_RETRY_HEADERS" ],
      relation: "before",
      toMiddleware: "awsAuthMiddleware",
      override: true
    };
    const getOmitRetryHeadersPlugin = options => ({
      applyToStack: clientStack => {
        clientStack.addRelativeTo(omitRetryHeadersMiddleware(), omitRetryHeadersMiddlewareOptions);
      }
    });
    const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
    const getRetryPlugin = bindGetRetryPlugin(isStreamingPayload);
    exports.AdaptiveRetryStrategy = AdaptiveRetryStrategy$1;
    exports.CONFIG_MAX_ATTEMPTS = CONFIG_MAX_ATTEMPTS;
    exports.CONFIG_RETRY_MODE = CONFIG_RETRY_MODE;
    exports.ConfiguredRetryStrategy = ConfiguredRetryStrategy;
    exports.DEFAULT_MAX_ATTEMPTS = DEFAULT_MAX_ATTEMPTS;
    exports.DEFAULT_RETRY_DELAY_BASE = DEFAULT_RETRY_DELAY_BASE;
    exports.DEFAULT_RETRY_MODE = DEFAULT_RETRY_MODE;
    exports.DefaultRateLimiter = DefaultRateLimiter;
    exports.DeprecatedAdaptiveRetryStrategy = AdaptiveRetryStrategy;
    exports.DeprecatedStandardRetryStrategy = StandardRetryStrategy;
    exports.ENV_MAX_ATTEMPTS = ENV_MAX_ATTEMPTS;
    exports.ENV_RETRY_MODE = ENV_RETRY_MODE;
    exports.INITIAL_RETRY_TOKENS = INITIAL_RETRY_TOKENS;
    exports.INVOCATION_ID_HEADER = INVOCATION_ID_HEADER;
    exports.MAXIMUM_RETRY_DELAY = MAXIMUM_RETRY_DELAY;
    exports.NODE_MAX_ATTEMPT_CONFIG_OPTIONS = NODE_MAX_ATTEMPT_CONFIG_OPTIONS;
    exports.NODE_RETRY_MODE_CONFIG_OPTIONS = NODE_RETRY_MODE_CONFIG_OPTIONS;
    exports.NO_RETRY_INCREMENT = NO_RETRY_INCREMENT;
    exports.REQUEST_HEADER = REQUEST_HEADER;
    exports.RETRY_COST = RETRY_COST;
    exports.RETRY_MODES = RETRY_MODES;
    exports.Retry = Retry;
    exports.StandardRetryStrategy = StandardRetryStrategy$1;
    exports.THROTTLING_RETRY_DELAY_BASE = THROTTLING_RETRY_DELAY_BASE;
    exports.TIMEOUT_RETRY_COST = TIMEOUT_RETRY_COST;
    exports.defaultDelayDecider = defaultDelayDecider;
    exports.defaultRetryDecider = defaultRetryDecider;
    exports.getOmitRetryHeadersPlugin = getOmitRetryHeadersPlugin;
    exports.getRetryAfterHint = getRetryAfterHint;
    exports.getRetryPlugin = getRetryPlugin;
    exports.isBrowserNetworkError = isBrowserNetworkError;
    exports.isClockSkewCorrectedError = isClockSkewCorrectedError;
    exports.isClockSkewError = isClockSkewError;
    exports.isNodeJsHttp2TransientError = isNodeJsHttp2TransientError;
    exports.isRetryableByTrait = isRetryableByTrait;
    exports.isServerError = isServerError;
    exports.isThrottlingError = isThrottlingError;
    exports.isTransientError = isTransientError;
    exports.omitRetryHeadersMiddleware = omitRetryHeadersMiddleware;
    exports.omitRetryHeadersMiddlewareOptions = omitRetryHeadersMiddlewareOptions;
    exports.resolveRetryConfig = resolveRetryConfig;
    exports.retryMiddleware = retryMiddleware;
    exports.retryMiddlewareOptions = retryMiddlewareOptions;
    /***/  },
  /***/ 6890: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {getSmithyContext: getSmithyContext, HttpResponse: HttpResponse, toEndpointV1: toEndpointV1} = __nccwpck_require__(4534);
    const deref = schemaRef => {
      if (typeof schemaRef === "function") return schemaRef();
      return schemaRef;
    };
    const operation = (namespace, name, traits, input, output) => ({
      name: name,
      namespace: namespace,
      traits: traits,
      input: input,
      output: output
    });
    const schemaDeserializationMiddleware = config => (next, context) => async args => {
      const {response: response} = await next(args);
      const {operationSchema: operationSchema} = getSmithyContext(context);
      const [, ns, n, t, i, o] = operationSchema ?? [];
      try {
        const parsed = await config.protocol.deserializeResponse(operation(ns, n, t, i, o), {
          ...config,
          ...context
        }, response);
        return {
          response: response,
          output: parsed
        };
      } catch (error) {
        Object.defineProperty(error, "$response", {
          value: response,
          enumerable: false,
          writable: false,
          configurable: false
        });
        if (!("$metadata" in error)) {
          const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
          try {
            error.message += "\n  " + hint;
          } catch (ignored) {
            if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") console.warn(hint); else context.logger?.warn?.(hint);
          }
          if (typeof error.$responseBodyText !== "undefined") if (error.$response) error.$response.body = error.$responseBodyText;
          try {
            if (HttpResponse.isInstance(response)) {
              const {headers: headers = {}, statusCode: statusCode} = response;
              const headerEntries = Object.entries(headers);
              error.$metadata = {
                httpStatusCode: statusCode,
                requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
              };
            }
          } catch (ignored) {}
        }
        throw error;
      }
    };
    const findHeader = (pattern, headers) => (headers.find(([k]) => k.match(pattern)) || [ void 0, void 0 ])[1];
    const schemaSerializationMiddleware = config => (next, context) => async args => {
      const {operationSchema: operationSchema} = getSmithyContext(context);
      const [, ns, n, t, i, o] = operationSchema ?? [];
      const endpoint = context.endpointV2 ? async () => toEndpointV1(context.endpointV2) : config.endpoint;
      const request = await config.protocol.serializeRequest(operation(ns, n, t, i, o), args.input, {
        ...config,
        ...context,
        endpoint: endpoint
      });
      return next({
        ...args,
        request: request
      });
    };
    const deserializerMiddlewareOption = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: [ "DESERIALIZER" ],
      override: true
    };
    const serializerMiddlewareOption = {
      name: "serializerMiddleware",
      step: "serialize",
      tags: [ "SERIALIZER" ],
      override: true
    };
    function getSchemaSerdePlugin(config) {
      return {
        applyToStack: commandStack => {
          commandStack.add(schemaSerializationMiddleware(config), serializerMiddlewareOption);
          commandStack.add(schemaDeserializationMiddleware(config), deserializerMiddlewareOption);
          config.protocol.setSerdeContext(config);
        }
      };
    }
    class Schema {
      name;
      namespace;
      traits;
      static assign(instance, values) {
        const schema = Object.assign(instance, values);
        return schema;
      }
      static [Symbol.hasInstance](lhs) {
        const isPrototype = this.prototype.isPrototypeOf(lhs);
        if (!isPrototype && typeof lhs === "object" && lhs !== null) {
          const list = lhs;
          return list.symbol === this.symbol;
        }
        return isPrototype;
      }
      getName() {
        return this.namespace + "#" + this.name;
      }
    }
    class ListSchema extends Schema {
      static symbol=Symbol.for("@smithy/lis");
      valueSchema;
      symbol=ListSchema.symbol;
    }
    const list = (namespace, name, traits, valueSchema) => Schema.assign(new ListSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      valueSchema: valueSchema
    });
    class MapSchema extends Schema {
      static symbol=Symbol.for("@smithy/map");
      keySchema;
      valueSchema;
      symbol=MapSchema.symbol;
    }
    const map = (namespace, name, traits, keySchema, valueSchema) => Schema.assign(new MapSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      keySchema: keySchema,
      valueSchema: valueSchema
    });
    class OperationSchema extends Schema {
      static symbol=Symbol.for("@smithy/ope");
      input;
      output;
      symbol=OperationSchema.symbol;
    }
    const op = (namespace, name, traits, input, output) => Schema.assign(new OperationSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      input: input,
      output: output
    });
    class StructureSchema extends Schema {
      static symbol=Symbol.for("@smithy/str");
      memberNames;
      memberList;
      symbol=StructureSchema.symbol;
    }
    const struct = (namespace, name, traits, memberNames, memberList) => Schema.assign(new StructureSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      memberNames: memberNames,
      memberList: memberList
    });
    class ErrorSchema extends StructureSchema {
      static symbol=Symbol.for("@smithy/err");
      ctor;
      symbol=ErrorSchema.symbol;
    }
    const error = (namespace, name, traits, memberNames, memberList, _ctor) => Schema.assign(new ErrorSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      memberNames: memberNames,
      memberList: memberList,
      ctor: null
    });
    const traitsCache = [];
    function translateTraits(indicator) {
      if (typeof indicator === "object") return indicator;
      indicator |= 0;
      if (traitsCache[indicator]) return traitsCache[indicator];
      const traits = {};
      let i = 0;
      for (const trait of [ "httpLabel", "idempotent", "idempotencyToken", "sensitive", "httpPayload", "httpResponseCode", "httpQueryParams" ]) if ((indicator >> i++ & 1) === 1) traits[trait] = 1;
      return traitsCache[indicator] = traits;
    }
    const anno = {
      it: Symbol.for("@smithy/nor-struct-it"),
      ns: Symbol.for("@smithy/ns")
    };
    const simpleSchemaCacheN = [];
    const simpleSchemaCacheS = {};
    class NormalizedSchema {
      ref;
      memberName;
      static symbol=Symbol.for("@smithy/nor");
      symbol=NormalizedSchema.symbol;
      name;
      schema;
      _isMemberSchema;
      traits;
      memberTraits;
      normalizedTraits;
      constructor(ref, memberName) {
        this.ref = ref;
        this.memberName = memberName;
        const traitStack = [];
        let _ref = ref;
        let schema = ref;
        this._isMemberSchema = false;
        while (isMemberSchema(_ref)) {
          traitStack.push(_ref[1]);
          _ref = _ref[0];
          schema = deref(_ref);
          this._isMemberSchema = true;
        }
        if (traitStack.length > 0) {
          this.memberTraits = {};
          for (let i = traitStack.length - 1; i >= 0; --i) {
            const traitSet = traitStack[i];
            Object.assign(this.memberTraits, translateTraits(traitSet));
          }
        } else this.memberTraits = 0;
        if (schema instanceof NormalizedSchema) {
          const computedMemberTraits = this.memberTraits;
          Object.assign(this, schema);
          this.memberTraits = Object.assign({}, computedMemberTraits, schema.getMemberTraits(), this.getMemberTraits());
          this.normalizedTraits = void 0;
          this.memberName = memberName ?? schema.memberName;
          return;
        }
        this.schema = deref(schema);
        if (isStaticSchema(this.schema)) {
          this.name = `${this.schema[1]}#${this.schema[2]}`;
          this.traits = this.schema[3];
        } else {
          this.name = this.memberName ?? String(schema);
          this.traits = 0;
        }
        if (this._isMemberSchema && !memberName) throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(true)} missing member name.`);
      }
      static [Symbol.hasInstance](lhs) {
        const isPrototype = this.prototype.isPrototypeOf(lhs);
        if (!isPrototype && typeof lhs === "object" && lhs !== null) {
          const ns = lhs;
          return ns.symbol === this.symbol;
        }
        return isPrototype;
      }
      static of(ref) {
        const keyAble = typeof ref === "function" || typeof ref === "object" && ref !== null;
        if (typeof ref === "number") {
          if (simpleSchemaCacheN[ref]) return simpleSchemaCacheN[ref];
        } else if (typeof ref === "string") {
          if (simpleSchemaCacheS[ref]) return simpleSchemaCacheS[ref];
        } else if (keyAble) if (ref[anno.ns]) return ref[anno.ns];
        const sc = deref(ref);
        if (sc instanceof NormalizedSchema) return sc;
        if (isMemberSchema(sc)) {
          const [ns, traits] = sc;
          if (ns instanceof NormalizedSchema) {
            Object.assign(ns.getMergedTraits(), translateTraits(traits));
            return ns;
          }
          throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref, null, 2)}.`);
        }
        const ns = new NormalizedSchema(sc);
        if (keyAble) return ref[anno.ns] = ns;
        if (typeof sc === "string") return simpleSchemaCacheS[sc] = ns;
        if (typeof sc === "number") return simpleSchemaCacheN[sc] = ns;
        return ns;
      }
      getSchema() {
        const sc = this.schema;
        if (Array.isArray(sc) && sc[0] === 0) return sc[4];
        return sc;
      }
      getName(withNamespace = false) {
        const {name: name} = this;
        const short = !withNamespace && name && name.includes("#");
        return short ? name.split("#")[1] : name || void 0;
      }
      getMemberName() {
        return this.memberName;
      }
      isMemberSchema() {
        return this._isMemberSchema;
      }
      isListSchema() {
        const sc = this.getSchema();
        return typeof sc === "number" ? sc >= 64 && sc < 128 : sc[0] === 1;
      }
      isMapSchema() {
        const sc = this.getSchema();
        return typeof sc === "number" ? sc >= 128 && sc <= 255 : sc[0] === 2;
      }
      isStructSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") return false;
        const id = sc[0];
        return id === 3 || id === -3 || id === 4;
      }
      isUnionSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") return false;
        return sc[0] === 4;
      }
      isBlobSchema() {
        const sc = this.getSchema();
        return sc === 21 || sc === 42;
      }
      isTimestampSchema() {
        const sc = this.getSchema();
        return typeof sc === "number" && sc >= 4 && sc <= 7;
      }
      isUnitSchema() {
        return this.getSchema() === "unit";
      }
      isDocumentSchema() {
        return this.getSchema() === 15;
      }
      isStringSchema() {
        return this.getSchema() === 0;
      }
      isBooleanSchema() {
        return this.getSchema() === 2;
      }
      isNumericSchema() {
        return this.getSchema() === 1;
      }
      isBigIntegerSchema() {
        return this.getSchema() === 17;
      }
      isBigDecimalSchema() {
        return this.getSchema() === 19;
      }
      isStreaming() {
        const {streaming: streaming} = this.getMergedTraits();
        return !!streaming || this.getSchema() === 42;
      }
      isIdempotencyToken() {
        return !!this.getMergedTraits().idempotencyToken;
      }
      getMergedTraits() {
        return this.normalizedTraits ?? (this.normalizedTraits = {
          ...this.getOwnTraits(),
          ...this.getMemberTraits()
        });
      }
      getMemberTraits() {
        return translateTraits(this.memberTraits);
      }
      getOwnTraits() {
        return translateTraits(this.traits);
      }
      getKeySchema() {
        const [isDoc, isMap] = [ this.isDocumentSchema(), this.isMapSchema() ];
        if (!isDoc && !isMap) throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(true)}`);
        const schema = this.getSchema();
        const memberSchema = isDoc ? 15 : schema[4] ?? 0;
        return member([ memberSchema, 0 ], "key");
      }
      getValueSchema() {
        const sc = this.getSchema();
        const [isDoc, isMap, isList] = [ this.isDocumentSchema(), this.isMapSchema(), this.isListSchema() ];
        const memberSchema = typeof sc === "number" ? 63 & sc : sc && typeof sc === "object" && (isMap || isList) ? sc[3 + sc[0]] : isDoc ? 15 : void 0;
        if (memberSchema != null) return member([ memberSchema, 0 ], isMap ? "value" : "member");
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no value member.`);
      }
      getMemberSchema(memberName) {
        const struct = this.getSchema();
        if (this.isStructSchema() && struct[4].includes(memberName)) {
          const i = struct[4].indexOf(memberName);
          const memberSchema = struct[5][i];
          return member(isMemberSchema(memberSchema) ? memberSchema : [ memberSchema, 0 ], memberName);
        }
        if (this.isDocumentSchema()) return member([ 15, 0 ], memberName);
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no member=${memberName}.`);
      }
      getMemberSchemas() {
        const buffer = {};
        try {
          for (const [k, v] of this.structIterator()) buffer[k] = v;
        } catch (ignored) {}
        return buffer;
      }
      getEventStreamMember() {
        if (this.isStructSchema()) for (const [memberName, memberSchema] of this.structIterator()) if (memberSchema.isStreaming() && memberSchema.isStructSchema()) return memberName;
        return "";
      }
      * structIterator() {
        if (this.isUnitSchema()) return;
        if (!this.isStructSchema()) throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
        const struct = this.getSchema();
        const z = struct[4].length;
        let it = struct[anno.it];
        if (it && z === it.length) {
          yield* it;
          return;
        }
        it = Array(z);
        for (let i = 0; i < z; ++i) {
          const k = struct[4][i];
          const v = member([ struct[5][i], 0 ], k);
          yield it[i] = [ k, v ];
        }
        struct[anno.it] = it;
      }
    }
    function member(memberSchema, memberName) {
      if (memberSchema instanceof NormalizedSchema) return Object.assign(memberSchema, {
        memberName: memberName,
        _isMemberSchema: true
      });
      const internalCtorAccess = NormalizedSchema;
      return new internalCtorAccess(memberSchema, memberName);
    }
    const isMemberSchema = sc => Array.isArray(sc) && sc.length === 2;
    const isStaticSchema = sc => Array.isArray(sc) && sc.length >= 5;
    class SimpleSchema extends Schema {
      static symbol=Symbol.for("@smithy/sim");
      schemaRef;
      symbol=SimpleSchema.symbol;
    }
    const sim = (namespace, name, schemaRef, traits) => Schema.assign(new SimpleSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      schemaRef: schemaRef
    });
    const simAdapter = (namespace, name, traits, schemaRef) => Schema.assign(new SimpleSchema, {
      name: name,
      namespace: namespace,
      traits: traits,
      schemaRef: schemaRef
    });
    const SCHEMA = {
      BLOB: 21,
      STREAMING_BLOB: 42,
      BOOLEAN: 2,
      STRING: 0,
      NUMERIC: 1,
      BIG_INTEGER: 17,
      BIG_DECIMAL: 19,
      DOCUMENT: 15,
      TIMESTAMP_DEFAULT: 4,
      TIMESTAMP_DATE_TIME: 5,
      TIMESTAMP_HTTP_DATE: 6,
      TIMESTAMP_EPOCH_SECONDS: 7,
      LIST_MODIFIER: 64,
      MAP_MODIFIER: 128
    };
    class TypeRegistry {
      namespace;
      schemas;
      exceptions;
      static registries=new Map;
      constructor(namespace, schemas = new Map, exceptions = new Map) {
        this.namespace = namespace;
        this.schemas = schemas;
        this.exceptions = exceptions;
        if (!TypeRegistry.registries.has(namespace)) TypeRegistry.registries.set(namespace, this);
      }
      static for(namespace) {
        return TypeRegistry.registries.get(namespace) ?? new TypeRegistry(namespace);
      }
      copyFrom(other) {
        const {schemas: schemas, exceptions: exceptions} = this;
        for (const [k, v] of other.schemas) if (!schemas.has(k)) schemas.set(k, v);
        for (const [k, v] of other.exceptions) if (!exceptions.has(k)) exceptions.set(k, v);
      }
      register(shapeId, schema) {
        const qualifiedName = this.normalizeShapeId(shapeId);
        for (const r of [ this, TypeRegistry.for(qualifiedName.split("#")[0]) ]) if (!r.schemas.has(qualifiedName)) r.schemas.set(qualifiedName, schema);
      }
      getSchema(shapeId) {
        const id = this.normalizeShapeId(shapeId);
        if (!this.schemas.has(id)) {
          if (!shapeId.includes("#")) {
            const suffix = "#" + shapeId;
            const candidates = [];
            for (const [shapeId, schema] of this.schemas.entries()) if (shapeId.endsWith(suffix)) candidates.push(schema);
            if (candidates.length === 1) return candidates[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${id}`);
        }
        return this.schemas.get(id);
      }
      registerError(es, ctor) {
        const $error = es;
        const ns = $error[1];
        const qualifiedName = ns + "#" + $error[2];
        if (!ctor.hasOwnProperty?.("shapeId")) ctor.shapeId = qualifiedName;
        for (const r of [ this, TypeRegistry.for(ns) ]) if (!r.schemas.has(qualifiedName) && !r.exceptions.has($error)) {
          r.schemas.set(qualifiedName, $error);
          r.exceptions.set($error, ctor);
        }
      }
      getErrorCtor(es) {
        const $error = es;
        if (this.exceptions.has($error)) return this.exceptions.get($error);
        const registry = TypeRegistry.for($error[1]);
        return registry.exceptions.get($error);
      }
      getBaseException() {
        for (const exceptionKey of this.exceptions.keys()) if (Array.isArray(exceptionKey)) {
          const [, ns, name] = exceptionKey;
          const id = ns + "#" + name;
          if (id.startsWith("smithy.ts.sdk.synthetic.") && id.endsWith("ServiceException")) return exceptionKey;
        }
        return;
      }
      find(predicate) {
        for (const schema of this.schemas.values()) if (predicate(schema)) return schema;
        return;
      }
      clear() {
        this.schemas.clear();
        this.exceptions.clear();
      }
      normalizeShapeId(shapeId) {
        if (shapeId.includes("#")) return shapeId;
        return this.namespace + "#" + shapeId;
      }
    }
    exports.ErrorSchema = ErrorSchema;
    exports.ListSchema = ListSchema;
    exports.MapSchema = MapSchema;
    exports.NormalizedSchema = NormalizedSchema;
    exports.OperationSchema = OperationSchema;
    exports.SCHEMA = SCHEMA;
    exports.Schema = Schema;
    exports.SimpleSchema = SimpleSchema;
    exports.StructureSchema = StructureSchema;
    exports.TypeRegistry = TypeRegistry;
    exports.deref = deref;
    exports.deserializerMiddlewareOption = deserializerMiddlewareOption;
    exports.error = error;
    exports.getSchemaSerdePlugin = getSchemaSerdePlugin;
    exports.isStaticSchema = isStaticSchema;
    exports.list = list;
    exports.map = map;
    exports.op = op;
    exports.operation = operation;
    exports.serializerMiddlewareOption = serializerMiddlewareOption;
    exports.sim = sim;
    exports.simAdapter = simAdapter;
    exports.simpleSchemaCacheN = simpleSchemaCacheN;
    exports.simpleSchemaCacheS = simpleSchemaCacheS;
    exports.struct = struct;
    exports.traitsCache = traitsCache;
    exports.translateTraits = translateTraits;
    /***/  },
  /***/ 2430: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {createHmac: createHmac, createHash: createHash, getRandomValues: getRandomValues} = __nccwpck_require__(7598);
    const {hasOwn: hasOwn, HttpResponse: HttpResponse} = __nccwpck_require__(4534);
    exports.hasOwn = hasOwn;
    const {ReadStream: ReadStream, lstatSync: lstatSync, fstatSync: fstatSync} = __nccwpck_require__(3024);
    const {toEndpointV1: toEndpointV1} = __nccwpck_require__(2085);
    const {Readable: Readable, Writable: Writable, PassThrough: PassThrough} = __nccwpck_require__(7075);
    const isArrayBuffer = arg => typeof ArrayBuffer === "function" && arg instanceof ArrayBuffer || Object.prototype.toString.call(arg) === "[object ArrayBuffer]";
    const fromArrayBuffer = (input, offset = 0, length = input.byteLength - offset) => {
      if (!isArrayBuffer(input)) throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);
      return Buffer.from(input, offset, length);
    };
    const fromString = (input, encoding) => {
      if (typeof input !== "string") throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);
      return encoding ? Buffer.from(input, encoding) : Buffer.from(input);
    };
    const BASE64_REGEX = /^[A-Za-z0-9+/]*={0,2}$/;
    const fromBase64 = input => {
      if (input.length * 3 % 4 !== 0) throw new TypeError(`Incorrect padding on base64 string.`);
      if (!BASE64_REGEX.exec(input)) throw new TypeError(`Invalid base64 string.`);
      const buffer = fromString(input, "base64");
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    };
    const fromUtf8$1 = input => {
      const buf = fromString(input, "utf8");
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
    const toBase64$1 = _input => {
      let input;
      if (typeof _input === "string") input = fromUtf8$1(_input); else input = _input;
      if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
      return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("base64");
    };
    function bindUint8ArrayBlobAdapter(toUtf8, fromUtf8, toBase64, fromBase64) {
      return class Uint8ArrayBlobAdapter extends Uint8Array {
        static fromString(source, encoding = "utf-8") {
          if (typeof source === "string") {
            if (encoding === "base64") return Uint8ArrayBlobAdapter.mutate(fromBase64(source));
            return Uint8ArrayBlobAdapter.mutate(fromUtf8(source));
          }
          throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`);
        }
        static mutate(source) {
          Object.setPrototypeOf(source, Uint8ArrayBlobAdapter.prototype);
          return source;
        }
        transformToString(encoding = "utf-8") {
          if (encoding === "base64") return toBase64(this);
          return toUtf8(this);
        }
      };
    }
    const toUtf8$1 = input => {
      if (typeof input === "string") return input;
      if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
      return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
    };
    const decimalToHex = Array.from({
      length: 256
    }, (_, i) => i.toString(16).padStart(2, "0"));
    function bindV4(getRandomValues) {
      if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return () => crypto.randomUUID();
      return () => {
        const rnds = new Uint8Array(16);
        getRandomValues(rnds);
        rnds[6] = rnds[6] & 15 | 64;
        rnds[8] = rnds[8] & 63 | 128;
        return decimalToHex[rnds[0]] + decimalToHex[rnds[1]] + decimalToHex[rnds[2]] + decimalToHex[rnds[3]] + "-" + decimalToHex[rnds[4]] + decimalToHex[rnds[5]] + "-" + decimalToHex[rnds[6]] + decimalToHex[rnds[7]] + "-" + decimalToHex[rnds[8]] + decimalToHex[rnds[9]] + "-" + decimalToHex[rnds[10]] + decimalToHex[rnds[11]] + decimalToHex[rnds[12]] + decimalToHex[rnds[13]] + decimalToHex[rnds[14]] + decimalToHex[rnds[15]];
      };
    }
    const copyDocumentWithTransform = (source, _schemaRef, _transform = _ => _) => source;
    const parseBoolean = value => {
      switch (value) {
       case "true":
        return true;

       case "false":
        return false;

       default:
        throw new Error(`Unable to parse boolean value "${value}"`);
      }
    };
    const expectBoolean = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "number") {
        if (value === 0 || value === 1) logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        if (value === 0) return false;
        if (value === 1) return true;
      }
      if (typeof value === "string") {
        const lower = value.toLowerCase();
        if (lower === "false" || lower === "true") logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        if (lower === "false") return false;
        if (lower === "true") return true;
      }
      if (typeof value === "boolean") return value;
      throw new TypeError(`Expected boolean, got ${typeof value}: ${value}`);
    };
    const expectNumber = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "string") {
        const parsed = parseFloat(value);
        if (!Number.isNaN(parsed)) {
          if (String(parsed) !== String(value)) logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`));
          return parsed;
        }
      }
      if (typeof value === "number") return value;
      throw new TypeError(`Expected number, got ${typeof value}: ${value}`);
    };
    const MAX_FLOAT = Math.ceil(2 ** 127 * (2 - 2 ** -23));
    const expectFloat32 = value => {
      const expected = expectNumber(value);
      if (expected !== void 0 && !Number.isNaN(expected) && expected !== 1 / 0 && expected !== -1 / 0) if (Math.abs(expected) > MAX_FLOAT) throw new TypeError(`Expected 32-bit float, got ${value}`);
      return expected;
    };
    const expectLong = value => {
      if (value === null || value === void 0) return;
      if (Number.isInteger(value) && !Number.isNaN(value)) return value;
      throw new TypeError(`Expected integer, got ${typeof value}: ${value}`);
    };
    const expectInt = expectLong;
    const expectInt32 = value => expectSizedInt(value, 32);
    const expectShort = value => expectSizedInt(value, 16);
    const expectByte = value => expectSizedInt(value, 8);
    const expectSizedInt = (value, size) => {
      const expected = expectLong(value);
      if (expected !== void 0 && castInt(expected, size) !== expected) throw new TypeError(`Expected ${size}-bit integer, got ${value}`);
      return expected;
    };
    const castInt = (value, size) => {
      switch (size) {
       case 32:
        return Int32Array.of(value)[0];

       case 16:
        return Int16Array.of(value)[0];

       case 8:
        return Int8Array.of(value)[0];
      }
    };
    const expectNonNull = (value, location) => {
      if (value === null || value === void 0) {
        if (location) throw new TypeError(`Expected a non-null value for ${location}`);
        throw new TypeError("Expected a non-null value");
      }
      return value;
    };
    const expectObject = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "object" && !Array.isArray(value)) return value;
      const receivedType = Array.isArray(value) ? "array" : typeof value;
      throw new TypeError(`Expected object, got ${receivedType}: ${value}`);
    };
    const expectString = value => {
      if (value === null || value === void 0) return;
      if (typeof value === "string") return value;
      if ([ "boolean", "number", "bigint" ].includes(typeof value)) {
        logger.warn(stackTraceWarning(`Expected string, got ${typeof value}: ${value}`));
        return String(value);
      }
      throw new TypeError(`Expected string, got ${typeof value}: ${value}`);
    };
    const expectUnion = value => {
      if (value === null || value === void 0) return;
      const asObject = expectObject(value);
      const setKeys = [];
      for (const k in asObject) {
        if (!hasOwn(asObject, k)) continue;
        if (asObject[k] != null) setKeys.push(k);
      }
      if (setKeys.length === 0) throw new TypeError(`Unions must have exactly one non-null member. None were found.`);
      if (setKeys.length > 1) throw new TypeError(`Unions must have exactly one non-null member. Keys ${setKeys} were not null.`);
      return asObject;
    };
    const strictParseDouble = value => {
      if (typeof value == "string") return expectNumber(parseNumber(value));
      return expectNumber(value);
    };
    const strictParseFloat = strictParseDouble;
    const strictParseFloat32 = value => {
      if (typeof value == "string") return expectFloat32(parseNumber(value));
      return expectFloat32(value);
    };
    const NUMBER_REGEX = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g;
    const parseNumber = value => {
      const matches = value.match(NUMBER_REGEX);
      if (matches === null || matches[0].length !== value.length) throw new TypeError(`Expected real number, got implicit NaN`);
      return parseFloat(value);
    };
    const limitedParseDouble = value => {
      if (typeof value == "string") return parseFloatString(value);
      return expectNumber(value);
    };
    const handleFloat = limitedParseDouble;
    const limitedParseFloat = limitedParseDouble;
    const limitedParseFloat32 = value => {
      if (typeof value == "string") return parseFloatString(value);
      return expectFloat32(value);
    };
    const parseFloatString = value => {
      switch (value) {
       case "NaN":
        return NaN;

       case "Infinity":
        return 1 / 0;

       case "-Infinity":
        return -1 / 0;

       default:
        throw new Error(`Unable to parse float value: ${value}`);
      }
    };
    const strictParseLong = value => {
      if (typeof value === "string") return expectLong(parseNumber(value));
      return expectLong(value);
    };
    const strictParseInt = strictParseLong;
    const strictParseInt32 = value => {
      if (typeof value === "string") return expectInt32(parseNumber(value));
      return expectInt32(value);
    };
    const strictParseShort = value => {
      if (typeof value === "string") return expectShort(parseNumber(value));
      return expectShort(value);
    };
    const strictParseByte = value => {
      if (typeof value === "string") return expectByte(parseNumber(value));
      return expectByte(value);
    };
    const stackTraceWarning = message => String(new TypeError(message).stack || message).split("\n").slice(0, 5).filter(s => !s.includes("stackTraceWarning")).join("\n");
    const logger = {
      warn: console.warn
    };
    const DAYS = [ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" ];
    const MONTHS = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
    function dateToUtcString(date) {
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth();
      const dayOfWeek = date.getUTCDay();
      const dayOfMonthInt = date.getUTCDate();
      const hoursInt = date.getUTCHours();
      const minutesInt = date.getUTCMinutes();
      const secondsInt = date.getUTCSeconds();
      const dayOfMonthString = dayOfMonthInt < 10 ? `0${dayOfMonthInt}` : `${dayOfMonthInt}`;
      const hoursString = hoursInt < 10 ? `0${hoursInt}` : `${hoursInt}`;
      const minutesString = minutesInt < 10 ? `0${minutesInt}` : `${minutesInt}`;
      const secondsString = secondsInt < 10 ? `0${secondsInt}` : `${secondsInt}`;
      return `${DAYS[dayOfWeek]}, ${dayOfMonthString} ${MONTHS[month]} ${year} ${hoursString}:${minutesString}:${secondsString} GMT`;
    }
    const RFC3339 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/);
    const parseRfc3339DateTime = value => {
      if (value === null || value === void 0) return;
      if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
      const match = RFC3339.exec(value);
      if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
      const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds] = match;
      const year = strictParseShort(stripLeadingZeroes(yearStr));
      const month = parseDateValue(monthStr, "month", 1, 12);
      const day = parseDateValue(dayStr, "day", 1, 31);
      return buildDate(year, month, day, {
        hours: hours,
        minutes: minutes,
        seconds: seconds,
        fractionalMilliseconds: fractionalMilliseconds
      });
    };
    const RFC3339_WITH_OFFSET$1 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/);
    const parseRfc3339DateTimeWithOffset = value => {
      if (value === null || value === void 0) return;
      if (typeof value !== "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
      const match = RFC3339_WITH_OFFSET$1.exec(value);
      if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
      const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, offsetStr] = match;
      const year = strictParseShort(stripLeadingZeroes(yearStr));
      const month = parseDateValue(monthStr, "month", 1, 12);
      const day = parseDateValue(dayStr, "day", 1, 31);
      const date = buildDate(year, month, day, {
        hours: hours,
        minutes: minutes,
        seconds: seconds,
        fractionalMilliseconds: fractionalMilliseconds
      });
      if (offsetStr.toUpperCase() != "Z") date.setTime(date.getTime() - parseOffsetToMilliseconds(offsetStr));
      return date;
    };
    const IMF_FIXDATE$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
    const RFC_850_DATE$1 = new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
    const ASC_TIME$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/);
    const parseRfc7231DateTime = value => {
      if (value === null || value === void 0) return;
      if (typeof value !== "string") throw new TypeError("RFC-7231 date-times must be expressed as strings");
      let match = IMF_FIXDATE$1.exec(value);
      if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
          hours: hours,
          minutes: minutes,
          seconds: seconds,
          fractionalMilliseconds: fractionalMilliseconds
        });
      }
      match = RFC_850_DATE$1.exec(value);
      if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return adjustRfc850Year(buildDate(parseTwoDigitYear(yearStr), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
          hours: hours,
          minutes: minutes,
          seconds: seconds,
          fractionalMilliseconds: fractionalMilliseconds
        }));
      }
      match = ASC_TIME$1.exec(value);
      if (match) {
        const [_, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, yearStr] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr.trimLeft(), "day", 1, 31), {
          hours: hours,
          minutes: minutes,
          seconds: seconds,
          fractionalMilliseconds: fractionalMilliseconds
        });
      }
      throw new TypeError("Invalid RFC-7231 date-time value");
    };
    const parseEpochTimestamp = value => {
      if (value === null || value === void 0) return;
      let valueAsDouble;
      if (typeof value === "number") valueAsDouble = value; else if (typeof value === "string") valueAsDouble = strictParseDouble(value); else if (typeof value === "object" && value.tag === 1) valueAsDouble = value.value; else throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
      if (Number.isNaN(valueAsDouble) || valueAsDouble === 1 / 0 || valueAsDouble === -1 / 0) throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
      return new Date(Math.round(valueAsDouble * 1e3));
    };
    const buildDate = (year, month, day, time) => {
      const adjustedMonth = month - 1;
      validateDayOfMonth(year, adjustedMonth, day);
      return new Date(Date.UTC(year, adjustedMonth, day, parseDateValue(time.hours, "hour", 0, 23), parseDateValue(time.minutes, "minute", 0, 59), parseDateValue(time.seconds, "seconds", 0, 60), parseMilliseconds(time.fractionalMilliseconds)));
    };
    const parseTwoDigitYear = value => {
      const thisYear = (new Date).getUTCFullYear();
      const valueInThisCentury = Math.floor(thisYear / 100) * 100 + strictParseShort(stripLeadingZeroes(value));
      if (valueInThisCentury < thisYear) return valueInThisCentury + 100;
      return valueInThisCentury;
    };
    const FIFTY_YEARS_IN_MILLIS = 50 * 365 * 24 * 60 * 60 * 1e3;
    const adjustRfc850Year = input => {
      if (input.getTime() - (new Date).getTime() > FIFTY_YEARS_IN_MILLIS) return new Date(Date.UTC(input.getUTCFullYear() - 100, input.getUTCMonth(), input.getUTCDate(), input.getUTCHours(), input.getUTCMinutes(), input.getUTCSeconds(), input.getUTCMilliseconds()));
      return input;
    };
    const parseMonthByShortName = value => {
      const monthIdx = MONTHS.indexOf(value);
      if (monthIdx < 0) throw new TypeError(`Invalid month: ${value}`);
      return monthIdx + 1;
    };
    const DAYS_IN_MONTH = [ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 ];
    const validateDayOfMonth = (year, month, day) => {
      let maxDays = DAYS_IN_MONTH[month];
      if (month === 1 && isLeapYear(year)) maxDays = 29;
      if (day > maxDays) throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year}: ${day}`);
    };
    const isLeapYear = year => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const parseDateValue = (value, type, lower, upper) => {
      const dateVal = strictParseByte(stripLeadingZeroes(value));
      if (dateVal < lower || dateVal > upper) throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
      return dateVal;
    };
    const parseMilliseconds = value => {
      if (value === null || value === void 0) return 0;
      return strictParseFloat32("0." + value) * 1e3;
    };
    const parseOffsetToMilliseconds = value => {
      const directionStr = value[0];
      let direction = 1;
      if (directionStr == "+") direction = 1; else if (directionStr == "-") direction = -1; else throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);
      const hour = Number(value.substring(1, 3));
      const minute = Number(value.substring(4, 6));
      return direction * (hour * 60 + minute) * 60 * 1e3;
    };
    const stripLeadingZeroes = value => {
      let idx = 0;
      while (idx < value.length - 1 && value.charAt(idx) === "0") idx++;
      if (idx === 0) return value;
      return value.slice(idx);
    };
    const LazyJsonString = function(val) {
      const str = Object.assign(new String(val), {
        deserializeJSON() {
          return JSON.parse(String(val));
        },
        toString() {
          return String(val);
        },
        toJSON() {
          return String(val);
        }
      });
      return str;
    };
    LazyJsonString.from = object => {
      if (object && typeof object === "object" && (object instanceof LazyJsonString || "deserializeJSON" in object)) return object; else if (typeof object === "string" || Object.getPrototypeOf(object) === String.prototype) return LazyJsonString(String(object));
      return LazyJsonString(JSON.stringify(object));
    };
    LazyJsonString.fromObject = LazyJsonString.from;
    function quoteHeader(part) {
      if (part.includes(",") || part.includes('"')) part = `"${part.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
      return part;
    }
    const ddd = `(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?`;
    const mmm = `(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
    const time = `(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`;
    const date = `(\\d?\\d)`;
    const year = `(\\d{4})`;
    const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/);
    const IMF_FIXDATE_NATIVE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/;
    const IMF_FIXDATE = new RegExp(`^${ddd}, ${date} ${mmm} ${year} ${time} GMT$`);
    const RFC_850_DATE = new RegExp(`^${ddd}, ${date}-${mmm}-(\\d\\d) ${time} GMT$`);
    const ASC_TIME = new RegExp(`^${ddd} ${mmm} ( [1-9]|\\d\\d) ${time} ${year}$`);
    const months = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
    const _parseEpochTimestamp = value => {
      if (value == null) return;
      let num = NaN;
      if (typeof value === "number") num = value; else if (typeof value === "string") {
        if (!/^-?\d*\.?\d+$/.test(value)) throw new TypeError(`parseEpochTimestamp - numeric string invalid.`);
        num = Number.parseFloat(value);
      } else if (typeof value === "object" && value.tag === 1) num = value.value;
      if (isNaN(num) || Math.abs(num) === 1 / 0) throw new TypeError("Epoch timestamps must be valid finite numbers.");
      return new Date(Math.round(num * 1e3));
    };
    const _parseRfc3339DateTimeWithOffset = value => {
      if (value == null) return;
      if (typeof value !== "string") throw new TypeError("RFC3339 timestamps must be strings");
      const matches = RFC3339_WITH_OFFSET.exec(value);
      if (!matches) throw new TypeError(`Invalid RFC3339 timestamp format ${value}`);
      const [, yearStr, monthStr, dayStr, hours, minutes, seconds, , ms, offsetStr] = matches;
      range(monthStr, 1, 12);
      range(dayStr, 1, 31);
      range(hours, 0, 23);
      range(minutes, 0, 59);
      range(seconds, 0, 60);
      const date = new Date(Date.UTC(Number(yearStr), Number(monthStr) - 1, Number(dayStr), Number(hours), Number(minutes), Number(seconds), Number(ms) ? Math.round(parseFloat(`0.${ms}`) * 1e3) : 0));
      date.setUTCFullYear(Number(yearStr));
      if (offsetStr.toUpperCase() != "Z") {
        const [, sign, offsetH, offsetM] = /([+-])(\d\d):(\d\d)/.exec(offsetStr) || [ void 0, "+", 0, 0 ];
        const scalar = sign === "-" ? 1 : -1;
        date.setTime(date.getTime() + scalar * (Number(offsetH) * 60 * 60 * 1e3 + Number(offsetM) * 60 * 1e3));
      }
      return date;
    };
    const _parseRfc7231DateTime = value => {
      if (value == null) return;
      if (typeof value !== "string") throw new TypeError("RFC7231 timestamps must be strings.");
      if (IMF_FIXDATE_NATIVE.test(value)) return new Date(value);
      let day;
      let month;
      let year;
      let hour;
      let minute;
      let second;
      let fraction;
      let matches;
      if (matches = IMF_FIXDATE.exec(value)) [, day, month, year, hour, minute, second, fraction] = matches; else if (matches = RFC_850_DATE.exec(value)) {
        [, day, month, year, hour, minute, second, fraction] = matches;
        year = (Number(year) + 1900).toString();
      } else if (matches = ASC_TIME.exec(value)) [, month, day, hour, minute, second, fraction, year] = matches;
      if (year && second) {
        const timestamp = Date.UTC(Number(year), months.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), fraction ? Math.round(parseFloat(`0.${fraction}`) * 1e3) : 0);
        range(day, 1, 31);
        range(hour, 0, 23);
        range(minute, 0, 59);
        range(second, 0, 60);
        const date = new Date(timestamp);
        date.setUTCFullYear(Number(year));
        return date;
      }
      throw new TypeError(`Invalid RFC7231 date-time value ${value}.`);
    };
    function range(v, min, max) {
      const _v = Number(v);
      if (_v < min || _v > max) throw new Error(`Value ${_v} out of range [${min}, ${max}]`);
    }
    function splitEvery(value, delimiter, numDelimiters) {
      if (numDelimiters <= 0 || !Number.isInteger(numDelimiters)) throw new Error("Invalid number of delimiters (" + numDelimiters + ") for splitEvery.");
      const segments = value.split(delimiter);
      if (numDelimiters === 1) return segments;
      const compoundSegments = [];
      let currentSegment = "";
      for (let i = 0; i < segments.length; i++) {
        if (currentSegment === "") currentSegment = segments[i]; else currentSegment += delimiter + segments[i];
        if ((i + 1) % numDelimiters === 0) {
          compoundSegments.push(currentSegment);
          currentSegment = "";
        }
      }
      if (currentSegment !== "") compoundSegments.push(currentSegment);
      return compoundSegments;
    }
    const splitHeader = value => {
      const z = value.length;
      const values = [];
      let withinQuotes = false;
      let escaped = false;
      let anchor = 0;
      for (let i = 0; i < z; ++i) {
        const char = value[i];
        switch (char) {
         case `"`:
          if (!escaped) withinQuotes = !withinQuotes;
          break;

         case ",":
          if (!withinQuotes) {
            values.push(value.slice(anchor, i));
            anchor = i + 1;
          }
          break;
        }
        escaped = char === "\\" && !escaped;
      }
      values.push(value.slice(anchor));
      return values.map(v => {
        v = v.trim();
        const z = v.length;
        if (z < 2) return v;
        if (v[0] === `"` && v[z - 1] === `"`) {
          v = v.slice(1, z - 1);
          return v.replace(/\\(["\\])/g, "$1");
        }
        return v.replace(/\\"/g, '"');
      });
    };
    const format = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
    class NumericValue {
      string;
      type;
      constructor(string, type) {
        this.string = string;
        this.type = type;
        if (!format.test(string)) throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`);
      }
      toString() {
        return this.string;
      }
      static [Symbol.hasInstance](object) {
        if (!object || typeof object !== "object") return false;
        const _nv = object;
        return NumericValue.prototype.isPrototypeOf(object) || _nv.type === "bigDecimal" && format.test(_nv.string);
      }
    }
    function nv(input) {
      return new NumericValue(String(input), "bigDecimal");
    }
    const SHORT_TO_HEX = {};
    const HEX_TO_SHORT = {};
    for (let i = 0; i < 256; i++) {
      let encodedByte = i.toString(16).toLowerCase();
      if (encodedByte.length === 1) encodedByte = `0${encodedByte}`;
      SHORT_TO_HEX[i] = encodedByte;
      HEX_TO_SHORT[encodedByte] = i;
    }
    function fromHex(encoded) {
      if (encoded.length % 2 !== 0) throw new Error("Hex encoded strings must have an even number length");
      const out = new Uint8Array(encoded.length / 2);
      for (let i = 0; i < encoded.length; i += 2) {
        const encodedByte = encoded.slice(i, i + 2).toLowerCase();
        if (encodedByte in HEX_TO_SHORT) out[i / 2] = HEX_TO_SHORT[encodedByte]; else throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`);
      }
      return out;
    }
    function toHex(bytes) {
      let out = "";
      for (let i = 0; i < bytes.byteLength; i++) out += SHORT_TO_HEX[bytes[i]];
      return out;
    }
    const calculateBodyLength = body => {
      if (!body) return 0;
      if (typeof body === "string") return Buffer.byteLength(body); else if (typeof body.byteLength === "number") return body.byteLength; else if (typeof body.size === "number") return body.size; else if (typeof body.start === "number" && typeof body.end === "number") return body.end + 1 - body.start; else if (body instanceof ReadStream) if (body.path != null) return lstatSync(body.path).size; else if (typeof body.fd === "number") return fstatSync(body.fd).size;
      throw new Error(`Body Length computation failed for ${body}`);
    };
    const toUint8Array = data => {
      if (data instanceof Uint8Array) return data;
      if (typeof data === "string") return fromUtf8$1(data);
      if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength / Uint8Array.BYTES_PER_ELEMENT);
      return new Uint8Array(data);
    };
    function concatBytes(arrays, length) {
      if (length === void 0) {
        length = 0;
        for (const bytes of arrays) length += bytes.byteLength;
      }
      const result = new Uint8Array(length);
      let offset = 0;
      for (const buf of arrays) {
        result.set(buf, offset);
        offset += buf.byteLength;
      }
      return result;
    }
    const deserializerMiddleware = (options, deserializer) => (next, context) => async args => {
      const {response: response} = await next(args);
      try {
        const parsed = await deserializer(response, options);
        return {
          response: response,
          output: parsed
        };
      } catch (error) {
        Object.defineProperty(error, "$response", {
          value: response,
          enumerable: false,
          writable: false,
          configurable: false
        });
        if (!("$metadata" in error)) {
          const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
          try {
            error.message += "\n  " + hint;
          } catch (ignored) {
            if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") console.warn(hint); else context.logger?.warn?.(hint);
          }
          if (typeof error.$responseBodyText !== "undefined") if (error.$response) error.$response.body = error.$responseBodyText;
          try {
            if (HttpResponse.isInstance(response)) {
              const {headers: headers = {}} = response;
              const headerEntries = Object.entries(headers);
              error.$metadata = {
                httpStatusCode: response.statusCode,
                requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
              };
            }
          } catch (ignored) {}
        }
        throw error;
      }
    };
    const findHeader = (pattern, headers) => (headers.find(([k]) => k.match(pattern)) || [ void 0, void 0 ])[1];
    const serializerMiddleware = (options, serializer) => (next, context) => async args => {
      const endpointConfig = options;
      const endpoint = context.endpointV2 ? async () => toEndpointV1(context.endpointV2) : endpointConfig.endpoint;
      if (!endpoint) throw new Error("No valid endpoint provider available.");
      const request = await serializer(args.input, {
        ...options,
        endpoint: endpoint
      });
      return next({
        ...args,
        request: request
      });
    };
    const deserializerMiddlewareOption = {
      name: "deserializerMiddleware",
      step: "deserialize",
      tags: [ "DESERIALIZER" ],
      override: true
    };
    const serializerMiddlewareOption = {
      name: "serializerMiddleware",
      step: "serialize",
      tags: [ "SERIALIZER" ],
      override: true
    };
    function getSerdePlugin(config, serializer, deserializer) {
      return {
        applyToStack: commandStack => {
          commandStack.add(deserializerMiddleware(config, deserializer), deserializerMiddlewareOption);
          commandStack.add(serializerMiddleware(config, serializer), serializerMiddlewareOption);
        }
      };
    }
    class Hash {
      algorithmIdentifier;
      secret;
      hash;
      constructor(algorithmIdentifier, secret) {
        this.algorithmIdentifier = algorithmIdentifier;
        this.secret = secret;
        this.reset();
      }
      update(toHash, encoding) {
        this.hash.update(toUint8Array(castSourceData(toHash, encoding)));
      }
      digest() {
        return Promise.resolve(this.hash.digest());
      }
      reset() {
        this.hash = this.secret ? createHmac(this.algorithmIdentifier, castSourceData(this.secret)) : createHash(this.algorithmIdentifier);
      }
    }
    function castSourceData(toCast, encoding) {
      if (Buffer.isBuffer(toCast)) return toCast;
      if (typeof toCast === "string") return fromString(toCast, encoding);
      if (ArrayBuffer.isView(toCast)) return fromArrayBuffer(toCast.buffer, toCast.byteOffset, toCast.byteLength);
      return fromArrayBuffer(toCast);
    }
    let ChecksumStream$1 = class extends Readable {
      expectedChecksum;
      checksumSourceLocation;
      checksum;
      source;
      base64Encoder;
      constructor({expectedChecksum: expectedChecksum, checksum: checksum, source: source, checksumSourceLocation: checksumSourceLocation, base64Encoder: base64Encoder}) {
        super();
        if (typeof source.pipe !== "function") throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
        this.source = source;
        this.base64Encoder = base64Encoder ?? toBase64$1;
        this.expectedChecksum = expectedChecksum;
        this.checksum = checksum;
        this.checksumSourceLocation = checksumSourceLocation;
        this.source.on("data", this.onSourceData);
        this.source.on("end", this.onSourceEnd);
        this.source.on("error", this.onSourceError);
        this.source.on("close", this.onSourceClose);
        this.source.pause();
      }
      onSourceData=chunk => {
        if (this.destroyed) return;
        try {
          this.checksum.update(chunk);
        } catch (e) {
          this.destroy(e);
          return;
        }
        if (!this.push(chunk)) this.source.pause();
      };
      onSourceEnd=async () => {
        if (this.destroyed) return;
        try {
          const digest = await this.checksum.digest();
          const received = this.base64Encoder(digest);
          if (this.expectedChecksum !== received) {
            this.destroy(new Error(`Checksum mismatch: expected "${this.expectedChecksum}" but received "${received}"` + ` in response header "${this.checksumSourceLocation}".`));
            return;
          }
        } catch (e) {
          this.destroy(e);
          return;
        }
        this.push(null);
      };
      onSourceError=error => {
        this.destroy(error);
      };
      onSourceClose=() => {
        if (!this.destroyed && !this.source.readableEnded) this.destroy(new Error("Connection lost or stream closed before all data was received."));
      };
      _read(_size) {
        this.source.resume();
      }
      _destroy(error, callback) {
        this.source?.removeListener("data", this.onSourceData);
        this.source?.removeListener("end", this.onSourceEnd);
        this.source?.removeListener("error", this.onSourceError);
        this.source?.removeListener("close", this.onSourceClose);
        this.source?.destroy();
        callback(error);
      }
    };
    const isReadableStream = stream => typeof ReadableStream === "function" && (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream);
    const isBlob = blob => typeof Blob === "function" && (blob?.constructor?.name === Blob.name || blob instanceof Blob);
    const fromUtf8 = input => (new TextEncoder).encode(input);
    const chars = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`;
    Object.entries(chars).reduce((acc, [i, c]) => {
      acc[c] = Number(i);
      return acc;
    }, {});
    const alphabetByValue = chars.split("");
    const bitsPerLetter = 6;
    const bitsPerByte = 8;
    const maxLetterValue = 63;
    function toBase64(_input) {
      let input;
      if (typeof _input === "string") input = fromUtf8(_input); else input = _input;
      const isArrayLike = typeof input === "object" && typeof input.length === "number";
      const isUint8Array = typeof input === "object" && typeof input.byteOffset === "number" && typeof input.byteLength === "number";
      if (!isArrayLike && !isUint8Array) throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
      let str = "";
      for (let i = 0; i < input.length; i += 3) {
        let bits = 0;
        let bitLength = 0;
        for (let j = i, limit = Math.min(i + 3, input.length); j < limit; j++) {
          bits |= input[j] << (limit - j - 1) * bitsPerByte;
          bitLength += bitsPerByte;
        }
        const bitClusterCount = Math.ceil(bitLength / bitsPerLetter);
        bits <<= bitClusterCount * bitsPerLetter - bitLength;
        for (let k = 1; k <= bitClusterCount; k++) {
          const offset = (bitClusterCount - k) * bitsPerLetter;
          str += alphabetByValue[(bits & maxLetterValue << offset) >> offset];
        }
        str += "==".slice(0, 4 - bitClusterCount);
      }
      return str;
    }
    const ReadableStreamRef = typeof ReadableStream === "function" ? ReadableStream : function() {};
    class ChecksumStream extends ReadableStreamRef {}
    const createChecksumStream$1 = ({expectedChecksum: expectedChecksum, checksum: checksum, source: source, checksumSourceLocation: checksumSourceLocation, base64Encoder: base64Encoder}) => {
      if (!isReadableStream(source)) throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
      const encoder = base64Encoder ?? toBase64;
      if (typeof TransformStream !== "function") throw new Error("@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.");
      const transform = new TransformStream({
        start() {},
        async transform(chunk, controller) {
          checksum.update(chunk);
          controller.enqueue(chunk);
        },
        async flush(controller) {
          const digest = await checksum.digest();
          const received = encoder(digest);
          if (expectedChecksum !== received) {
            const error = new Error(`Checksum mismatch: expected "${expectedChecksum}" but received "${received}"` + ` in response header "${checksumSourceLocation}".`);
            controller.error(error);
          } else controller.terminate();
        }
      });
      source.pipeThrough(transform);
      const readable = transform.readable;
      Object.setPrototypeOf(readable, ChecksumStream.prototype);
      return readable;
    };
    function createChecksumStream(init) {
      if (typeof ReadableStream === "function" && isReadableStream(init.source)) return createChecksumStream$1(init);
      return new ChecksumStream$1(init);
    }
    class ByteArrayCollector {
      allocByteArray;
      byteLength=0;
      byteArrays=[];
      constructor(allocByteArray) {
        this.allocByteArray = allocByteArray;
      }
      push(byteArray) {
        this.byteArrays.push(byteArray);
        this.byteLength += byteArray.byteLength;
      }
      flush() {
        if (this.byteArrays.length === 1) {
          const bytes = this.byteArrays[0];
          this.reset();
          return bytes;
        }
        const aggregation = this.allocByteArray(this.byteLength);
        let cursor = 0;
        for (let i = 0; i < this.byteArrays.length; ++i) {
          const bytes = this.byteArrays[i];
          aggregation.set(bytes, cursor);
          cursor += bytes.byteLength;
        }
        this.reset();
        return aggregation;
      }
      reset() {
        this.byteArrays = [];
        this.byteLength = 0;
      }
    }
    function createBufferedReadableStream(upstream, size, logger) {
      const reader = upstream.getReader();
      let streamBufferingLoggedWarning = false;
      let bytesSeen = 0;
      const buffers = [ "", new ByteArrayCollector(size => new Uint8Array(size)) ];
      let mode = -1;
      const pull = async controller => {
        const {value: value, done: done} = await reader.read();
        const chunk = value;
        if (done) {
          if (mode !== -1) {
            const remainder = flush(buffers, mode);
            if (sizeOf(remainder) > 0) controller.enqueue(remainder);
          }
          controller.close();
        } else {
          const chunkMode = modeOf(chunk, false);
          if (mode !== chunkMode) {
            if (mode >= 0) controller.enqueue(flush(buffers, mode));
            mode = chunkMode;
          }
          if (mode === -1) {
            controller.enqueue(chunk);
            return;
          }
          const chunkSize = sizeOf(chunk);
          bytesSeen += chunkSize;
          const bufferSize = sizeOf(buffers[mode]);
          if (chunkSize >= size && bufferSize === 0) controller.enqueue(chunk); else {
            const newSize = merge(buffers, mode, chunk);
            if (!streamBufferingLoggedWarning && bytesSeen > size * 2) {
              streamBufferingLoggedWarning = true;
              logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`);
            }
            if (newSize >= size) controller.enqueue(flush(buffers, mode)); else await pull(controller);
          }
        }
      };
      return new ReadableStream({
        pull: pull
      });
    }
    function merge(buffers, mode, chunk) {
      switch (mode) {
       case 0:
        buffers[0] += chunk;
        return sizeOf(buffers[0]);

       case 1:
       case 2:
        buffers[mode].push(chunk);
        return sizeOf(buffers[mode]);
      }
    }
    function flush(buffers, mode) {
      switch (mode) {
       case 0:
        const s = buffers[0];
        buffers[0] = "";
        return s;

       case 1:
       case 2:
        return buffers[mode].flush();
      }
      throw new Error(`@smithy/util-stream - invalid index ${mode} given to flush()`);
    }
    function sizeOf(chunk) {
      return chunk?.byteLength ?? chunk?.length ?? 0;
    }
    function modeOf(chunk, allowBuffer = true) {
      if (allowBuffer && typeof Buffer !== "undefined" && chunk instanceof Buffer) return 2;
      if (chunk instanceof Uint8Array) return 1;
      if (typeof chunk === "string") return 0;
      return -1;
    }
    function createBufferedReadable(upstream, size, logger) {
      if (isReadableStream(upstream)) return createBufferedReadableStream(upstream, size, logger);
      const downstream = new Readable({
        read() {}
      });
      let streamBufferingLoggedWarning = false;
      let bytesSeen = 0;
      const buffers = [ "", new ByteArrayCollector(size => new Uint8Array(size)), new ByteArrayCollector(size => Buffer.from(new Uint8Array(size))) ];
      let mode = -1;
      upstream.on("data", chunk => {
        const chunkMode = modeOf(chunk, true);
        if (mode !== chunkMode) {
          if (mode >= 0) downstream.push(flush(buffers, mode));
          mode = chunkMode;
        }
        if (mode === -1) {
          downstream.push(chunk);
          return;
        }
        const chunkSize = sizeOf(chunk);
        bytesSeen += chunkSize;
        const bufferSize = sizeOf(buffers[mode]);
        if (chunkSize >= size && bufferSize === 0) downstream.push(chunk); else {
          const newSize = merge(buffers, mode, chunk);
          if (!streamBufferingLoggedWarning && bytesSeen > size * 2) {
            streamBufferingLoggedWarning = true;
            logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`);
          }
          if (newSize >= size) downstream.push(flush(buffers, mode));
        }
      });
      upstream.on("end", () => {
        if (mode !== -1) {
          const remainder = flush(buffers, mode);
          if (sizeOf(remainder) > 0) downstream.push(remainder);
        }
        downstream.push(null);
      });
      return downstream;
    }
    const getAwsChunkedEncodingStream$1 = (readableStream, options) => {
      const {base64Encoder: base64Encoder, bodyLengthChecker: bodyLengthChecker, checksumAlgorithmFn: checksumAlgorithmFn, checksumLocationName: checksumLocationName, streamHasher: streamHasher} = options;
      const checksumRequired = base64Encoder !== void 0 && bodyLengthChecker !== void 0 && checksumAlgorithmFn !== void 0 && checksumLocationName !== void 0 && streamHasher !== void 0;
      const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readableStream) : void 0;
      Promise.resolve(digest).catch(() => {});
      const reader = readableStream.getReader();
      return new ReadableStream({
        async pull(controller) {
          const {value: value, done: done} = await reader.read();
          if (done) {
            controller.enqueue(`0\r\n`);
            if (checksumRequired) {
              const checksum = base64Encoder(await digest);
              controller.enqueue(`${checksumLocationName}:${checksum}\r\n`);
              controller.enqueue(`\r\n`);
            }
            controller.close();
          } else controller.enqueue(`${(bodyLengthChecker(value) || 0).toString(16)}\r\n${value}\r\n`);
        }
      });
    };
    function getAwsChunkedEncodingStream(stream, options) {
      const readable = stream;
      const readableStream = stream;
      if (isReadableStream(readableStream)) return getAwsChunkedEncodingStream$1(readableStream, options);
      const {base64Encoder: base64Encoder, bodyLengthChecker: bodyLengthChecker, checksumAlgorithmFn: checksumAlgorithmFn, checksumLocationName: checksumLocationName, streamHasher: streamHasher} = options;
      const checksumRequired = base64Encoder !== void 0 && checksumAlgorithmFn !== void 0 && checksumLocationName !== void 0 && streamHasher !== void 0;
      const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readable) : void 0;
      Promise.resolve(digest).catch(() => {});
      const awsChunkedEncodingStream = new Readable({
        read() {
          readable.resume();
        }
      });
      readable.on("data", data => {
        const length = bodyLengthChecker(data) || 0;
        if (length === 0) return;
        awsChunkedEncodingStream.push(`${length.toString(16)}\r\n`);
        awsChunkedEncodingStream.push(data);
        if (!awsChunkedEncodingStream.push("\r\n")) readable.pause();
      });
      readable.on("error", err => {
        awsChunkedEncodingStream.destroy(err);
      });
      readable.pause();
      readable.on("end", async () => {
        try {
          awsChunkedEncodingStream.push(`0\r\n`);
          if (checksumRequired) {
            const checksum = base64Encoder(await digest);
            awsChunkedEncodingStream.push(`${checksumLocationName}:${checksum}\r\n`);
            awsChunkedEncodingStream.push(`\r\n`);
          }
          awsChunkedEncodingStream.push(null);
        } catch (err) {
          awsChunkedEncodingStream.destroy(err);
        }
      });
      return awsChunkedEncodingStream;
    }
    async function headStream$1(stream, bytes) {
      let byteLengthCounter = 0;
      const chunks = [];
      const reader = stream.getReader();
      let isDone = false;
      while (!isDone) {
        const {done: done, value: value} = await reader.read();
        if (value) {
          chunks.push(value);
          byteLengthCounter += value?.byteLength ?? 0;
        }
        if (byteLengthCounter >= bytes) break;
        isDone = done;
      }
      reader.releaseLock();
      const collected = new Uint8Array(Math.min(bytes, byteLengthCounter));
      let offset = 0;
      for (const chunk of chunks) {
        if (chunk.byteLength > collected.byteLength - offset) {
          collected.set(chunk.subarray(0, collected.byteLength - offset), offset);
          break;
        } else collected.set(chunk, offset);
        offset += chunk.length;
      }
      return collected;
    }
    const headStream = (stream, bytes) => {
      if (isReadableStream(stream)) return headStream$1(stream, bytes);
      return new Promise((resolve, reject) => {
        const collector = new Collector$1;
        collector.limit = bytes;
        stream.pipe(collector);
        stream.on("error", err => {
          collector.end();
          reject(err);
        });
        collector.on("error", reject);
        collector.on("finish", function() {
          const bytes = concatBytes(this.buffers);
          resolve(bytes);
        });
      });
    };
    let Collector$1 = class extends Writable {
      buffers=[];
      limit=1 / 0;
      bytesBuffered=0;
      _write(chunk, encoding, callback) {
        this.buffers.push(chunk);
        this.bytesBuffered += chunk.byteLength ?? 0;
        if (this.bytesBuffered >= this.limit) {
          const excess = this.bytesBuffered - this.limit;
          const tailBuffer = this.buffers[this.buffers.length - 1];
          this.buffers[this.buffers.length - 1] = tailBuffer.subarray(0, tailBuffer.byteLength - excess);
          this.emit("finish");
        }
        callback();
      }
    };
    const toUtf8 = input => {
      if (typeof input === "string") return input;
      if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
      return new TextDecoder("utf-8").decode(input);
    };
    const streamCollector$1 = async stream => {
      if (isBlob(stream)) return collectBlob(stream);
      return collectReadableStream(stream);
    };
    async function collectBlob(blob) {
      return blob.arrayBuffer().then(ab => new Uint8Array(ab));
    }
    async function collectReadableStream(stream) {
      const chunks = [];
      const reader = stream.getReader();
      let length = 0;
      while (true) {
        const {done: done, value: value} = await reader.read();
        if (value) {
          chunks.push(value);
          length += value.length;
        }
        if (done) break;
      }
      return concatBytes(chunks, length);
    }
    const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1 = "The stream has already been transformed.";
    const sdkStreamMixin$1 = stream => {
      if (!isBlobInstance(stream) && !isReadableStream(stream)) {
        const name = stream?.__proto__?.constructor?.name || stream;
        throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${name}`);
      }
      let transformed = false;
      const transformToByteArray = async () => {
        if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
        transformed = true;
        return await streamCollector$1(stream);
      };
      const blobToWebStream = blob => {
        if (typeof blob.stream !== "function") throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\n" + "If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body");
        return blob.stream();
      };
      return Object.assign(stream, {
        transformToByteArray: transformToByteArray,
        transformToString: async encoding => {
          const buf = await transformToByteArray();
          if (encoding === "base64") return toBase64(buf); else if (encoding === "hex") return toHex(buf); else if (encoding === void 0 || encoding === "utf8" || encoding === "utf-8") return toUtf8(buf); else if (typeof TextDecoder === "function") return new TextDecoder(encoding).decode(buf); else throw new Error("TextDecoder is not available, please make sure polyfill is provided.");
        },
        transformToWebStream: () => {
          if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
          transformed = true;
          if (isBlobInstance(stream)) return blobToWebStream(stream); else if (isReadableStream(stream)) return stream; else throw new Error(`Cannot transform payload to web stream, got ${stream}`);
        }
      });
    };
    const isBlobInstance = stream => typeof Blob === "function" && stream instanceof Blob;
    const streamCollector = stream => {
      if (isBlob(stream)) return collectBlob(stream);
      if (isReadableStream(stream)) return collectReadableStream(stream);
      return new Promise((resolve, reject) => {
        const collector = new Collector;
        const nodeStream = stream;
        nodeStream.pipe(collector);
        nodeStream.on("error", err => {
          collector.end();
          reject(err);
        });
        collector.on("error", reject);
        collector.on("finish", function() {
          const bytes = concatBytes(this.bufferedBytes);
          resolve(bytes);
        });
      });
    };
    class Collector extends Writable {
      bufferedBytes=[];
      _write(chunk, encoding, callback) {
        this.bufferedBytes.push(chunk);
        callback();
      }
    }
    const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED = "The stream has already been transformed.";
    const sdkStreamMixin = stream => {
      if (!(stream instanceof Readable)) try {
        return sdkStreamMixin$1(stream);
      } catch (ignored) {
        const name = stream?.__proto__?.constructor?.name || stream;
        throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${name}`);
      }
      let transformed = false;
      const transformToByteArray = async () => {
        if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
        transformed = true;
        return await streamCollector(stream);
      };
      return Object.assign(stream, {
        transformToByteArray: transformToByteArray,
        transformToString: async encoding => {
          const buf = await transformToByteArray();
          if (encoding === void 0 || Buffer.isEncoding(encoding)) return fromArrayBuffer(buf.buffer, buf.byteOffset, buf.byteLength).toString(encoding); else {
            const decoder = new TextDecoder(encoding);
            return decoder.decode(buf);
          }
        },
        transformToWebStream: () => {
          if (transformed) throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
          if (stream.readableFlowing !== null) throw new Error("The stream has been consumed by other callbacks.");
          if (typeof Readable.toWeb !== "function") throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");
          transformed = true;
          return Readable.toWeb(stream);
        }
      });
    };
    async function splitStream$1(stream) {
      if (typeof stream.stream === "function") stream = stream.stream();
      const readableStream = stream;
      return readableStream.tee();
    }
    async function splitStream(stream) {
      if (isReadableStream(stream) || isBlob(stream)) return splitStream$1(stream);
      const stream1 = new PassThrough;
      const stream2 = new PassThrough;
      stream.pipe(stream1);
      stream.pipe(stream2);
      return [ stream1, stream2 ];
    }
    function writeKey(obj) {
      Object.defineProperty(obj, "__proto__", {
        value: void 0,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    class Uint8ArrayBlobAdapter extends(bindUint8ArrayBlobAdapter(toUtf8$1, fromUtf8$1, toBase64$1, fromBase64)){}
    const _getRandomValues = getRandomValues;
    const v4 = bindV4(_getRandomValues);
    const generateIdempotencyToken = v4;
    exports.ChecksumStream = ChecksumStream$1;
    exports.Hash = Hash;
    exports.LazyJsonString = LazyJsonString;
    exports.NumericValue = NumericValue;
    exports.Uint8ArrayBlobAdapter = Uint8ArrayBlobAdapter;
    exports._parseEpochTimestamp = _parseEpochTimestamp;
    exports._parseRfc3339DateTimeWithOffset = _parseRfc3339DateTimeWithOffset;
    exports._parseRfc7231DateTime = _parseRfc7231DateTime;
    exports.calculateBodyLength = calculateBodyLength;
    exports.concatBytes = concatBytes;
    exports.copyDocumentWithTransform = copyDocumentWithTransform;
    exports.createBufferedReadable = createBufferedReadable;
    exports.createChecksumStream = createChecksumStream;
    exports.dateToUtcString = dateToUtcString;
    exports.deserializerMiddleware = deserializerMiddleware;
    exports.deserializerMiddlewareOption = deserializerMiddlewareOption;
    exports.expectBoolean = expectBoolean;
    exports.expectByte = expectByte;
    exports.expectFloat32 = expectFloat32;
    exports.expectInt = expectInt;
    exports.expectInt32 = expectInt32;
    exports.expectLong = expectLong;
    exports.expectNonNull = expectNonNull;
    exports.expectNumber = expectNumber;
    exports.expectObject = expectObject;
    exports.expectShort = expectShort;
    exports.expectString = expectString;
    exports.expectUnion = expectUnion;
    exports.fromArrayBuffer = fromArrayBuffer;
    exports.fromBase64 = fromBase64;
    exports.fromHex = fromHex;
    exports.fromString = fromString;
    exports.fromUtf8 = fromUtf8$1;
    exports.generateIdempotencyToken = generateIdempotencyToken;
    exports.getAwsChunkedEncodingStream = getAwsChunkedEncodingStream;
    exports.getSerdePlugin = getSerdePlugin;
    exports.handleFloat = handleFloat;
    exports.headStream = headStream;
    exports.isArrayBuffer = isArrayBuffer;
    exports.isBlob = isBlob;
    exports.isReadableStream = isReadableStream;
    exports.limitedParseDouble = limitedParseDouble;
    exports.limitedParseFloat = limitedParseFloat;
    exports.limitedParseFloat32 = limitedParseFloat32;
    exports.logger = logger;
    exports.nv = nv;
    exports.parseBoolean = parseBoolean;
    exports.parseEpochTimestamp = parseEpochTimestamp;
    exports.parseRfc3339DateTime = parseRfc3339DateTime;
    exports.parseRfc3339DateTimeWithOffset = parseRfc3339DateTimeWithOffset;
    exports.parseRfc7231DateTime = parseRfc7231DateTime;
    exports.quoteHeader = quoteHeader;
    exports.sdkStreamMixin = sdkStreamMixin;
    exports.serializerMiddleware = serializerMiddleware;
    exports.serializerMiddlewareOption = serializerMiddlewareOption;
    exports.splitEvery = splitEvery;
    exports.splitHeader = splitHeader;
    exports.splitStream = splitStream;
    exports.streamCollector = streamCollector;
    exports.strictParseByte = strictParseByte;
    exports.strictParseDouble = strictParseDouble;
    exports.strictParseFloat = strictParseFloat;
    exports.strictParseFloat32 = strictParseFloat32;
    exports.strictParseInt = strictParseInt;
    exports.strictParseInt32 = strictParseInt32;
    exports.strictParseLong = strictParseLong;
    exports.strictParseShort = strictParseShort;
    exports.toBase64 = toBase64$1;
    exports.toHex = toHex;
    exports.toUint8Array = toUint8Array;
    exports.toUtf8 = toUtf8$1;
    exports.v4 = v4;
    exports.writeKey = writeKey;
    /***/  },
  /***/ 4534: 
  /***/ (__unused_webpack_module, exports, __nccwpck_require__) => {
    const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __nccwpck_require__(5662);
    const getSmithyContext = context => context[SMITHY_CONTEXT_KEY] || (context[SMITHY_CONTEXT_KEY] = {});
    function hasOwn(o, k) {
      return Object.prototype.hasOwnProperty.call(o, k);
    }
    class HttpRequest {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(options) {
        this.method = options.method || "GET";
        this.hostname = options.hostname || "localhost";
        this.port = options.port;
        this.query = options.query || {};
        this.headers = options.headers || {};
        this.body = options.body;
        this.protocol = options.protocol ? options.protocol.slice(-1) !== ":" ? `${options.protocol}:` : options.protocol : "https:";
        this.path = options.path ? options.path.charAt(0) !== "/" ? `/${options.path}` : options.path : "/";
        this.username = options.username;
        this.password = options.password;
        this.fragment = options.fragment;
      }
      static clone(request) {
        const cloned = new HttpRequest({
          ...request,
          headers: {
            ...request.headers
          }
        });
        if (cloned.query) cloned.query = cloneQuery(cloned.query);
        return cloned;
      }
      static isInstance(request) {
        if (!request) return false;
        const req = request;
        return "method" in req && "protocol" in req && "hostname" in req && "path" in req && typeof req["query"] === "object" && typeof req["headers"] === "object";
      }
      clone() {
        return HttpRequest.clone(this);
      }
    }
    function cloneQuery(query) {
      return Object.keys(query).reduce((carry, paramName) => {
        const param = query[paramName];
        return {
          ...carry,
          [paramName]: Array.isArray(param) ? [ ...param ] : param
        };
      }, {});
    }
    class HttpResponse {
      statusCode;
      reason;
      headers;
      body;
      constructor(options) {
        this.statusCode = options.statusCode;
        this.reason = options.reason;
        this.headers = options.headers || {};
        this.body = options.body;
      }
      static isInstance(response) {
        if (!response) return false;
        const resp = response;
        return typeof resp.statusCode === "number" && typeof resp.headers === "object";
      }
    }
    const VALID_HOST_LABEL_REGEX = new RegExp(`^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$`);
    const isValidHostLabel = (value, allowSubDomains = false) => {
      if (!allowSubDomains) return VALID_HOST_LABEL_REGEX.test(value);
      const labels = value.split(".");
      for (const label of labels) if (!isValidHostLabel(label)) return false;
      return true;
    };
    function isValidHostname(hostname) {
      const hostPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
      return hostPattern.test(hostname);
    }
    const normalizeProvider = input => {
      if (typeof input === "function") return input;
      const promisified = Promise.resolve(input);
      return () => promisified;
    };
    function parseQueryString(querystring) {
      const query = {};
      querystring = querystring.replace(/^\?/, "");
      if (querystring) for (const pair of querystring.split("&")) {
        let [key, value = null] = pair.split("=");
        key = decodeURIComponent(key);
        if (value) value = decodeURIComponent(value);
        if (!(key in query)) query[key] = value; else if (Array.isArray(query[key])) query[key].push(value); else query[key] = [ query[key], value ];
      }
      return query;
    }
    const parseUrl = url => {
      if (typeof url === "string") return parseUrl(new URL(url));
      const {hostname: hostname, pathname: pathname, port: port, protocol: protocol, search: search} = url;
      let query;
      if (search) query = parseQueryString(search);
      return {
        hostname: hostname,
        port: port ? parseInt(port) : void 0,
        protocol: protocol,
        path: pathname,
        query: query
      };
    };
    const toEndpointV1 = endpoint => {
      if (typeof endpoint === "object") {
        if ("url" in endpoint) {
          const v1Endpoint = parseUrl(endpoint.url);
          if (endpoint.headers) {
            v1Endpoint.headers = {};
            for (const name in endpoint.headers) {
              if (!hasOwn(endpoint.headers, name)) continue;
              v1Endpoint.headers[name.toLowerCase()] = endpoint.headers[name].join(", ");
            }
          }
          return v1Endpoint;
        }
        return endpoint;
      }
      return parseUrl(endpoint);
    };
    exports.HttpRequest = HttpRequest;
    exports.HttpResponse = HttpResponse;
    exports.getSmithyContext = getSmithyContext;
    exports.hasOwn = hasOwn;
    exports.isValidHostLabel = isValidHostLabel;
    exports.isValidHostname = isValidHostname;
    exports.normalizeProvider = normalizeProvider;
    exports.parseQueryString = parseQueryString;
    exports.parseUrl = parseUrl;
    exports.toEndpointV1 = toEndpointV1;
    /***/  },
  /***/ 5662: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    // ESM COMPAT FLAG
    __nccwpck_require__.r(__webpack_exports__);
    // EXPORTS
        __nccwpck_require__.d(__webpack_exports__, {
      AlgorithmId: () => /* reexport */ AlgorithmId,
      EndpointURLScheme: () => /* reexport */ EndpointURLScheme,
      FieldPosition: () => /* reexport */ FieldPosition,
      HttpApiKeyAuthLocation: () => /* reexport */ HttpApiKeyAuthLocation,
      HttpAuthLocation: () => /* reexport */ HttpAuthLocation,
      IniSectionType: () => /* reexport */ IniSectionType,
      RequestHandlerProtocol: () => /* reexport */ RequestHandlerProtocol,
      SMITHY_CONTEXT_KEY: () => /* reexport */ SMITHY_CONTEXT_KEY,
      getDefaultClientConfiguration: () => /* reexport */ getDefaultClientConfiguration,
      resolveDefaultRuntimeConfig: () => /* reexport */ resolveDefaultRuntimeConfig
    });
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/auth/HttpApiKeyAuth.js
    var HttpApiKeyAuthLocation;
    (function(HttpApiKeyAuthLocation) {
      HttpApiKeyAuthLocation["HEADER"] = "header";
      HttpApiKeyAuthLocation["QUERY"] = "query";
    })(HttpApiKeyAuthLocation || (HttpApiKeyAuthLocation = {}));
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/auth/auth.js
    var HttpAuthLocation;
    (function(HttpAuthLocation) {
      HttpAuthLocation["HEADER"] = "header";
      HttpAuthLocation["QUERY"] = "query";
    })(HttpAuthLocation || (HttpAuthLocation = {}));
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/endpoint.js
    var EndpointURLScheme;
    (function(EndpointURLScheme) {
      EndpointURLScheme["HTTP"] = "http";
      EndpointURLScheme["HTTPS"] = "https";
    })(EndpointURLScheme || (EndpointURLScheme = {}));
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/extensions/checksum.js
    var AlgorithmId;
    (function(AlgorithmId) {
      AlgorithmId["MD5"] = "md5";
      AlgorithmId["CRC32"] = "crc32";
      AlgorithmId["CRC32C"] = "crc32c";
      AlgorithmId["SHA1"] = "sha1";
      AlgorithmId["SHA256"] = "sha256";
    })(AlgorithmId || (AlgorithmId = {}));
    const getChecksumConfiguration = runtimeConfig => {
      const checksumAlgorithms = [];
      if (runtimeConfig.sha256 !== void 0) checksumAlgorithms.push({
        algorithmId: () => AlgorithmId.SHA256,
        checksumConstructor: () => runtimeConfig.sha256
      });
      if (runtimeConfig.md5 != void 0) checksumAlgorithms.push({
        algorithmId: () => AlgorithmId.MD5,
        checksumConstructor: () => runtimeConfig.md5
      });
      return {
        addChecksumAlgorithm(algo) {
          checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
          return checksumAlgorithms;
        }
      };
    };
    const resolveChecksumRuntimeConfig = clientConfig => {
      const runtimeConfig = {};
      clientConfig.checksumAlgorithms().forEach(checksumAlgorithm => {
        runtimeConfig[checksumAlgorithm.algorithmId()] = checksumAlgorithm.checksumConstructor();
      });
      return runtimeConfig;
    };
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/extensions/defaultClientConfiguration.js
    const getDefaultClientConfiguration = runtimeConfig => getChecksumConfiguration(runtimeConfig);
    const resolveDefaultRuntimeConfig = config => resolveChecksumRuntimeConfig(config);
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/http.js
    var FieldPosition;
    (function(FieldPosition) {
      FieldPosition[FieldPosition["HEADER"] = 0] = "HEADER";
      FieldPosition[FieldPosition["TRAILER"] = 1] = "TRAILER";
    })(FieldPosition || (FieldPosition = {}));
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/middleware.js
    const SMITHY_CONTEXT_KEY = "__smithy_context";
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/profile.js
    var IniSectionType;
    (function(IniSectionType) {
      IniSectionType["PROFILE"] = "profile";
      IniSectionType["SSO_SESSION"] = "sso-session";
      IniSectionType["SERVICES"] = "services";
    })(IniSectionType || (IniSectionType = {}));
    // CONCATENATED MODULE: ./node_modules/@smithy/types/dist-es/transfer.js
    var RequestHandlerProtocol;
    (function(RequestHandlerProtocol) {
      RequestHandlerProtocol["HTTP_0_9"] = "http/0.9";
      RequestHandlerProtocol["HTTP_1_0"] = "http/1.0";
      RequestHandlerProtocol["TDS_8_0"] = "tds/8.0";
    })(RequestHandlerProtocol || (RequestHandlerProtocol = {}));
  },
  /***/ 4678: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ a: () => /* binding */ formatDuration
      /* harmony export */    });
    /**
 * The one duration format of the action, for waits, timings and window lengths:
 * "0s", "45s", "1m15s", "10m00s", "1h05m", "24h01m" (seconds are dropped from an hour on).
 */    function formatDuration(ms) {
      const s = Math.max(0, Math.round(ms / 1e3));
      const h = Math.floor(s / 3600);
      const m = Math.floor(s % 3600 / 60);
      const sec = s % 60;
      if (h) return `${h}h${String(m).padStart(2, "0")}m`;
      if (m) return `${m}m${String(sec).padStart(2, "0")}s`;
      return `${sec}s`;
    }
    /***/  },
  /***/ 9548: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ Dj: () => /* binding */ ALL_FAMILIES,
      /* harmony export */ Jg: () => /* binding */ supportsInPlaceTransitEncryption,
      /* harmony export */ PY: () => /* binding */ SUPPORTED_VERSIONS,
      /* harmony export */ Zy: () => /* binding */ compareVersions,
      /* harmony export */ uG: () => /* binding */ familyFor,
      /* harmony export */ ug: () => /* binding */ ENGINES,
      /* harmony export */ vI: () => /* binding */ majorMinor
      /* harmony export */    });
    /* unused harmony export isEngine */
    // Engine and version facts: which engine/version pairs exist, their parameter-group family, and
    // version comparison for the planner (ElastiCache reports full patch versions such as "7.1.0",
    // while the action's input and Config carry major.minor such as "7.1").
        const ENGINES = [ "redis", "valkey" ];
    /** The major.minor versions this action accepts for each engine, oldest first. */    const SUPPORTED_VERSIONS = {
      redis: [ "7.0", "7.1" ],
      valkey: [ "7.2", "8.0", "8.1", "8.2" ]
    };
    /** Parameter-group family per supported engine + major.minor. */    const FAMILIES = {
      redis: {
        "7.0": "redis7",
        7.1: "redis7"
      },
      valkey: {
        7.2: "valkey7",
        "8.0": "valkey8",
        8.1: "valkey8",
        8.2: "valkey8"
      }
    };
    /** Every parameter-group family the action has ever created a group in (destroy looks for each by name). */    const ALL_FAMILIES = [ ...new Set(Object.values(FAMILIES).flatMap(byVersion => Object.values(byVersion))) ];
    function isEngine(value) {
      return ENGINES.includes(value);
    }
    /**
 * "7.1.0" → "7.1", "7.1" → "7.1"; undefined when the text does not start with two numeric parts.
 */    function majorMinor(version) {
      const m = /^(\d+)\.(\d+)(?:\.\d+)*$/.exec(version.trim());
      return m ? `${Number(m[1])}.${Number(m[2])}` : void 0;
    }
    /**
 * Parameter-group family for an engine and version, or undefined when the pair is not supported.
 * `version` may be major.minor ("7.1") or a full version as AWS reports it ("7.1.0"); only
 * major.minor is used. (Input validation separately insists the user types major.minor.)
 */    function familyFor(engine, version) {
      if (!isEngine(engine)) return;
      const mm = majorMinor(version);
      return mm === void 0 ? void 0 : FAMILIES[engine][mm];
    }
    function versionParts(version) {
      // Lenient on purpose: AWS has reported versions such as "6.x"; a part without leading digits
      // counts as 0, and "7.1rc2" counts as 7.1.
      return version.trim().split(".").map(part => {
        const digits = /^\d+/.exec(part);
        return digits ? Number(digits[0]) : 0;
      });
    }
    /**
 * Numeric dotted-version comparison: returns -1 when a < b, 0 when equal, 1 when a > b.
 * Parts are compared as numbers ("7.10" > "7.9"); missing parts count as 0, so "7.1" equals
 * "7.1.0" but is lower than "7.1.5" unless `majorMinorOnly` is set.
 */    function compareVersions(a, b, options = {}) {
      let pa = versionParts(a);
      let pb = versionParts(b);
      if (options.majorMinorOnly) {
        pa = pa.slice(0, 2);
        pb = pb.slice(0, 2);
      }
      const n = Math.max(pa.length, pb.length);
      for (let i = 0; i < n; i++) {
        const x = pa[i] ?? 0;
        const y = pb[i] ?? 0;
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    }
    /**
 * Whether TransitEncryptionEnabled/Mode can be changed on a running replication group:
 * Redis OSS from 7.0.5, any Valkey. `fullVersion` should be the version AWS reports ("7.0.7");
 * a bare "7.0" is read as 7.0.0 and therefore answers false (the conservative answer).
 */    function supportsInPlaceTransitEncryption(engine, fullVersion) {
      if (engine === "valkey") return true;
      if (engine !== "redis") return false;
      return compareVersions(fullVersion, "7.0.5") >= 0;
    }
    /***/  },
  /***/ 2090: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ H: () => /* binding */ isDataTieringNodeType
      /* harmony export */    });
    // Node-type facts the rules and the planner share.
    /** r6gd-style node types use data tiering, which restricts the eviction policy. */    function isDataTieringNodeType(type) {
      return /^cache\.[a-z]\d+gd\./.test(type);
    }
    /***/  },
  /***/ 7781: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ Aw: () => /* binding */ CREATED_BY_TAG,
      /* harmony export */ C_: () => /* binding */ TAG_PREFIX,
      /* harmony export */ KE: () => /* binding */ CREATE_ONLY_TAGS,
      /* harmony export */ Pw: () => /* binding */ PULL_REQUEST_TAG,
      /* harmony export */ TG: () => /* binding */ GROUP_TAG,
      /* harmony export */ ZU: () => /* binding */ creationTags,
      /* harmony export */ dp: () => /* binding */ usesOurSubnetGroup,
      /* harmony export */ kG: () => /* binding */ ownership
      /* harmony export */    });
    // What belongs to this action. It may change what it manages, but it deletes only what it created:
    // every resource it creates carries CREATED_BY (this repository) and GROUP (the group's name), written
    // on the create call only. Convergence never adds them to a resource it adopted, nor removes them.
    /** A new group, or one in `<name>-subnets`; an adopted group may use `default` or a shared one. */    function usesOurSubnetGroup(g, names) {
      return !g?.subnetGroupName || g.subnetGroupName === names.subnetGroup;
    }
    /** Prefix of the tag keys the action reserves for itself. */    const TAG_PREFIX = "django-redis-action:";
    /** Written on create only: the repository (owner/name) whose workflow created the resource. */    const CREATED_BY_TAG = `${TAG_PREFIX}created-by`
    /** Written on create only: the replication group the resource was created for. */;
    const GROUP_TAG = `${TAG_PREFIX}group`
    /**
 * Written on create only, by an apply run for a pull request: the preview's pull request; the janitor
 * (mode cleanup) finds previews by it. Create-only so that an apply from a pull request on an existing
 * group (a shared staging cache) never marks that group as a preview the janitor would delete.
 */;
    const PULL_REQUEST_TAG = `${TAG_PREFIX}pull-request`
    /** Tags that only a create call writes: never part of a convergence diff. */;
    const CREATE_ONLY_TAGS = new Set([ CREATED_BY_TAG, GROUP_TAG, PULL_REQUEST_TAG ]);
    /**
 * The create-only tags for a resource created for `group` from `repository` (none when unknown, e.g.
 * a local run), with the pull request when the run is for one.
 */    function creationTags(repository, group, pullRequest) {
      if (!repository) return {};
      return {
        [CREATED_BY_TAG]: repository,
        [GROUP_TAG]: group,
        ...pullRequest !== void 0 ? {
          [PULL_REQUEST_TAG]: String(pullRequest)
        } : {}
      };
    }
    /**
 * A resource is ours only if this action created it from this repository: the create-only marker
 * names this repository, and so does the GitHubRepository tag (a resource another repository's
 * workflow adopted and re-tagged is not ours to delete).
 */    function ownership(tags, repository, what) {
      if (!repository) return {
        ours: false,
        why: `GITHUB_REPOSITORY is not set, so no ${what} can be proven to be this repository's`
      };
      const marker = tags[CREATED_BY_TAG];
      if (marker === void 0) return {
        ours: false,
        why: `${what} has no ${CREATED_BY_TAG} tag: this action did not create it (it was created elsewhere, or adopted by an apply)`
      };
      if (marker !== repository) return {
        ours: false,
        why: `${what} was created from ${marker} (tag ${CREATED_BY_TAG}), not from ${repository}`
      };
      if (tags.GitHubRepository !== repository) return {
        ours: false,
        why: `${what} has GitHubRepository=${tags.GitHubRepository ?? "(missing)"}, not ${repository}: another repository's workflow manages it now`
      };
      return {
        ours: true
      };
    }
    /***/  },
  /***/ 3916: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    /* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
      /* harmony export */ W6: () => /* binding */ PlanError,
      /* harmony export */ gJ: () => /* binding */ errorMessage,
      /* harmony export */ iQ: () => /* binding */ AwsCallError,
      /* harmony export */ w7: () => /* binding */ isAccessDenied,
      /* harmony export */ xk: () => /* binding */ describeAwsFailure
      /* harmony export */    });
    /* unused harmony exports errorName, attemptsOf */
    /* harmony import */    var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3609);
    // Every failure the user sees names the input or the AWS call, and says what to do.
    /** A refusal or precondition failure decided before any write. */    class PlanError extends Error {
      name="PlanError";
    }
    const SERVICE_LABEL = {
      elasticache: "ElastiCache",
      ec2: "EC2",
      ssm: "SSM",
      logs: "CloudWatch Logs",
      tag: "Resource Groups Tagging API",
      cloudwatch: "CloudWatch"
    };
    // The SDK's own classification (the one its retry strategy uses) decides what is throttling, transient
    // or a server error; only what the SDK has no helper for is listed here.
        const ACCESS_DENIED = new Set([ "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess" ]);
    const CREDENTIALS = new Set([ "CredentialsProviderError", "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "UnrecognizedClientException", "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure" ]);
    function asSdk(e) {
      const o = typeof e === "object" && e !== null ? e : {
        message: String(e)
      };
      return {
        name: o.name ?? o.code ?? "Error",
        message: o.message ?? "",
        code: o.code,
        $metadata: o.$metadata ?? {}
      };
    }
    function errorName(e) {
      return asSdk(e).name;
    }
    function classifiable(e) {
      return typeof e === "object" && e !== null ? e : {
        name: "Error",
        message: String(e)
      };
    }
    function isAccessDenied(e) {
      return ACCESS_DENIED.has(errorName(e));
    }
    /** How many times the SDK sent the request (its retry strategy records it on the error). */    function attemptsOf(e) {
      return asSdk(e).$metadata.attempts ?? 1;
    }
    /** An AWS call that failed for good, with the operation, the IAM action and a hint. */    class AwsCallError extends Error {
      service;
      operation;
      causeName;
      attempts;
      name="AwsCallError";
      constructor(service, operation, causeName, 
      /** How many times the SDK sent the request before giving up (1 = not retried). */
      attempts, message, options) {
        super(message, options);
        this.service = service;
        this.operation = operation;
        this.causeName = causeName;
        this.attempts = attempts;
      }
      get iamAction() {
        return `${this.service}:${this.operation}`;
      }
    }
    function describeAwsFailure(service, operation, e) {
      const s = asSdk(e);
      const name = s.name;
      const label = `${SERVICE_LABEL[service]} ${operation}`;
      const action = `${service}:${operation}`;
      const awsMessage = s.message.trim();
      const attempts = attemptsOf(e);
      const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
      const requestId = s.$metadata.requestId ? ` (request id ${s.$metadata.requestId})` : "";
      const status = s.$metadata.httpStatusCode;
      const err = classifiable(e);
      let text;
      if (isAccessDenied(e)) text = `${label} was denied (${name}): the role this workflow runs as needs the IAM permission "${action}". ` + `Add it to the role's policy (docs/iam/ has the minimal policy of each mode) and re-run. AWS said: ${awsMessage}${requestId}`; else if (CREDENTIALS.has(name)) text = `${label} failed: no valid AWS credentials (${name}). Run aws-actions/configure-aws-credentials ` + `before this step, or check that the role session has not expired. AWS said: ${awsMessage}`; else if ((0, 
      _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.isThrottlingError)(err)) text = `${label} was still throttled by AWS after ${tries} (${name}): too many calls in this account and region; re-run later. AWS said: ${awsMessage}${requestId}`; else if (status === void 0 && (0, 
      _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.isTransientError)(err)) 
      // No HTTP answer at all: a refused, reset or timed-out connection, or a name that does not resolve.
      text = `${label} could not reach AWS after ${tries} (${s.code ?? name}). Check the network, the region, ` + `and AWS_ENDPOINT_URL if you point the action at an emulator. ${awsMessage}`; else if ((0, 
      _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.isServerError)(err) || (0, _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.isTransientError)(err)) text = `${label} failed on the AWS side after ${tries} (${name}, HTTP ${status ?? "?"}); re-run later. AWS said: ${awsMessage}${requestId}`; else text = `${label} failed: ${name}: ${awsMessage}${requestId}`;
      return new AwsCallError(service, operation, name, attempts, text.trim(), {
        cause: e
      });
    }
    function errorMessage(e) {
      if (e instanceof Error) return e.message;
      return String(e);
    }
    /***/  },
  /***/ 9407: 
  /***/ (module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {
    __nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
      try {
        /* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3319);
        await (0, _main_js__WEBPACK_IMPORTED_MODULE_0__ /* .run */ .e)();
        __webpack_async_result__();
      } catch (e) {
        __webpack_async_result__(e);
      }
    }, 1);
    /***/  },
  /***/ 3319: 
  /***/ (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {
    // EXPORTS
    __nccwpck_require__.d(__webpack_exports__, {
      e: () => /* binding */ run
    });
    // CONCATENATED MODULE: ./src/clock.ts
    // Time is injected everywhere we wait, so tests (and the fake cloud) can run a 15-minute create
    // in milliseconds without ever sleeping for real.
    const systemClock = {
      now: () => Date.now(),
      sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
      random: () => Math.random()
    };
    function getEnumValues(entries) {
      const numericValues = Object.values(entries).filter(v => typeof v === "number");
      const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
      return values;
    }
    function joinValues(array, separator = "|") {
      return array.map(val => stringifyPrimitive(val)).join(separator);
    }
    function jsonStringifyReplacer(_, value) {
      if (typeof value === "bigint") return value.toString();
      return value;
    }
    // the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
        class Cached {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    }
    function cached(getter) {
      return new Cached(getter);
    }
    function nullish(input) {
      return input === null || input === void 0;
    }
    function cleanRegex(source) {
      const start = source.startsWith("^") ? 1 : 0;
      const end = source.endsWith("$") ? source.length - 1 : source.length;
      return source.slice(start, end);
    }
    function floatSafeRemainder(val, step) {
      const ratio = val / step;
      const roundedRatio = Math.round(ratio);
      // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
            const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
      if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
      return ratio - roundedRatio;
    }
     /* unused pure expression or super */ null && Symbol("evaluating");
    function util_assignProp(target, prop, value) {
      Object.defineProperty(target, prop, {
        value: value,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    /**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */    function rawShape(def) {
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      return desc?.get ? desc.get.raw : desc?.value;
    }
    // where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
        function sourceShape(schema) {
      return rawShape(schema._zod.def) ?? schema._zod.def.shape;
    }
    // a key whose value is not settled yet, self-caching so every read after the first gets the same one
        function deferProp(target, key, getter) {
      Object.defineProperty(target, key, {
        get() {
          const value = getter();
          util_assignProp(this, key, value);
          return value;
        },
        enumerable: true,
        configurable: true
      });
    }
    // Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
        function putProp(target, key, value) {
      if (key in target) util_assignProp(target, key, value); else target[key] = value;
    }
    /**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */    function mirrorShape(target, source, keys, wrap) {
      const raw = sourceShape(source);
      for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable) continue;
        if (desc.get) deferProp(target, key, () => {
          const value = source._zod.def.shape[key];
          return wrap ? wrap(value, key) : value;
        }); else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
      }
    }
    // same, for a plain shape a caller passed rather than a schema's
        function mirrorProps(target, source) {
      for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable) continue;
        if (desc.get) deferProp(target, key, () => source[key]); else putProp(target, key, desc.value);
      }
    }
    function mergeDefs(...defs) {
      const mergedDescriptors = {};
      for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
      }
      return Object.defineProperties({}, mergedDescriptors);
    }
    function esc(str) {
      return JSON.stringify(str);
    }
    function slugify(input) {
      return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
    }
    const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
    function util_isObject(data) {
      return typeof data === "object" && data !== null && !Array.isArray(data);
    }
    const util_allowsEval =  cached(() => {
      // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
      if (globalConfig.jitless) return false;
      // @ts-ignore
            if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
      try {
        const F = Function;
        new F("");
        return true;
      } catch (_) {
        return false;
      }
    });
    function isPlainObject(o) {
      if (util_isObject(o) === false) return false;
      // modified constructor
            const ctor = o.constructor;
      if (ctor === void 0) return true;
      if (typeof ctor !== "function") return true;
      // modified prototype
            const prot = ctor.prototype;
      if (util_isObject(prot) === false) return false;
      // ctor doesn't have static `isPrototypeOf`
            if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
      return true;
    }
    function shallowClone(o) {
      if (isPlainObject(o)) return {
        ...o
      };
      if (Array.isArray(o)) return [ ...o ];
      if (o instanceof Map) return new Map(o);
      if (o instanceof Set) return new Set(o);
      return o;
    }
    const propertyKeyTypes =  new Set([ "string", "number", "symbol" ]);
    function escapeRegex(str) {
      return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    // zod-specific utils
        function clone(inst, def, params) {
      const cl = new inst._zod.constr(def ?? inst._zod.def);
      if (!def || params?.parent) cl._zod.parent = inst;
      return cl;
    }
    function normalizeParams(_params) {
      const params = _params;
      if (!params) return {};
      if (typeof params === "string") return {
        error: () => params
      };
      if (params?.message !== void 0) {
        if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
      }
      delete params.message;
      if (typeof params.error === "string") return {
        ...params,
        error: () => params.error
      };
      return params;
    }
    function stringifyPrimitive(value) {
      if (typeof value === "bigint") return value.toString() + "n";
      if (typeof value === "string") return `"${value}"`;
      return `${value}`;
    }
    function optionalKeys(shape) {
      return Object.keys(shape).filter(k => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
    }
    // Wrapped in a ` ` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
        const NUMBER_FORMAT_RANGES =  (() => ({
      safeint: [ Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER ],
      int32: [ -2147483648, 2147483647 ],
      uint32: [ 0, 4294967295 ],
      float32: [ -34028234663852886e22, 34028234663852886e22 ],
      float64: [ -Number.MAX_VALUE, Number.MAX_VALUE ]
    }))();
    const BIGINT_FORMAT_RANGES = {
      int64: [  BigInt("-9223372036854775808"),  BigInt("9223372036854775807") ],
      uint64: [  BigInt(0),  BigInt("18446744073709551615") ]
    };
    function pick(schema, mask) {
      const currDef = schema._zod.def;
      const checks = currDef.checks;
      const hasChecks = checks && checks.length > 0;
      if (hasChecks) throw new Error(".pick() cannot be used on object schemas containing refinements");
      const newShape = {};
      mirrorShape(newShape, schema, maskedKeys(schema, mask));
      return clone(schema, mergeDefs(currDef, {
        shape: newShape,
        checks: []
      }));
    }
    // the mask keys that select something, checked against the source's shape without resolving it
        function maskedKeys(schema, mask) {
      const raw = sourceShape(schema);
      const keys = [];
      // `for...in` skips symbols, so a symbol in the mask would select nothing
            for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
        if (mask[key]) keys.push(key);
      }
      return keys;
    }
    function omit(schema, mask) {
      const currDef = schema._zod.def;
      const checks = currDef.checks;
      const hasChecks = checks && checks.length > 0;
      if (hasChecks) throw new Error(".omit() cannot be used on object schemas containing refinements");
      const omitted = new Set(maskedKeys(schema, mask));
      const newShape = {};
      mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter(key => !omitted.has(key)));
      return clone(schema, mergeDefs(currDef, {
        shape: newShape,
        checks: []
      }));
    }
    function extend(schema, shape) {
      if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
      const checks = schema._zod.def.checks;
      const hasChecks = checks && checks.length > 0;
      if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
      return clone(schema, mergeDefs(schema._zod.def, {
        shape: extended(schema, shape)
      }));
    }
    // the source's keys, then the caller's overlaid on top
        function extended(schema, shape) {
      const newShape = {};
      mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
      mirrorProps(newShape, shape);
      return newShape;
    }
    function safeExtend(schema, shape) {
      if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
      return clone(schema, mergeDefs(schema._zod.def, {
        shape: extended(schema, shape)
      }));
    }
    function merge(a, b) {
      if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
      if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
      const newShape = {};
      mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
      mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
      const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
          return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? []
      });
      return clone(a, def);
    }
    function partial(Class, schema, mask, name = "partial") {
      const currDef = schema._zod.def;
      const checks = currDef.checks;
      const hasChecks = checks && checks.length > 0;
      if (hasChecks) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
      const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
      const newShape = {};
      mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
        type: "optional",
        innerType: value
      })));
      return clone(schema, mergeDefs(schema._zod.def, {
        shape: newShape,
        checks: []
      }));
    }
    function required(Class, schema, mask) {
      const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
      const newShape = {};
      mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
      // overwrite with non-optional
      selected && !selected.has(key) ? value : new Class({
        type: "nonoptional",
        innerType: value
      }));
      return clone(schema, mergeDefs(schema._zod.def, {
        shape: newShape
      }));
    }
    // invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
        function aborted(x, startIndex = 0) {
      if (x.aborted === true) return true;
      for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
      return false;
    }
    // Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
        function explicitlyAborted(x, startIndex = 0) {
      if (x.aborted === true) return true;
      for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
      return false;
    }
    function prefixIssues(path, issues) {
      return issues.map(iss => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
      });
    }
    function unwrapMessage(message) {
      return typeof message === "string" ? message : message?.message;
    }
    /* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
    /** The leading size checks of `defChecks` that set an upper bound, each paired with it. */    function sizeCaps(defChecks) {
      const caps = [];
      for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
                if (!/_(length|size)$|_equals$/.test(d.check)) break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0) caps.push([ max, ch ]);
      }
      return caps;
    }
    function attachSchema(issues, start, inst) {
      var _a;
      for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
    }
    function finalizeIssue(iss, ctx, config) {
      var _a;
      // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
            const traits = iss.inst?._zod?.traits;
      if (traits?.has("$ZodType")) if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst); else iss.schema = iss.inst;
      // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
            const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
      const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
      // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
            const full = {};
      for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
        full[k] = iss[k];
      }
      full.path ?? (full.path = []);
      full.message = message;
      if (ctx?.reportInput) full.input = iss.input;
      return full;
    }
    const highSurrogate = /[\uD800-\uDBFF]/;
    // Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
        function codePointLength(str) {
      const units = str.length;
      if (!highSurrogate.test(str)) return units;
      let count = units;
      for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
        count--;
        i++;
      }
      return count;
    }
    function getLengthableOrigin(input) {
      if (Array.isArray(input)) return "array";
      if (typeof input === "string") return "string";
      return "unknown";
    }
    function parsedType(data) {
      const t = typeof data;
      switch (t) {
       case "number":
        return Number.isNaN(data) ? "nan" : "number";

       case "object":
        {
          if (data === null) return "null";
          if (Array.isArray(data)) return "array";
          const obj = data;
          if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
        }
      }
      return t;
    }
    function util_issue(...args) {
      const [iss, input, inst] = args;
      if (typeof iss === "string") return {
        message: iss,
        code: "custom",
        input: input,
        inst: inst
      };
      return {
        ...iss
      };
    }
    //////////    PROTOTYPE INSTALLERS     //////////
    // Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
    /**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
    function members(proto, table) {
      for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
                if (desc.get) Object.defineProperty(proto, key, {
          ...desc,
          enumerable: false
        });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
         else defineBound(proto, key, desc.value);
      }
    }
    /** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */    function own(inst, key, value, enumerable = true) {
      Object.defineProperty(inst, key, {
        configurable: true,
        writable: true,
        enumerable: enumerable,
        value: value
      });
      return value;
    }
    /** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */    function hide(inst, key, value) {
      return own(inst, key, value, false);
    }
    /** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */    function derived(computes, table) {
      for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
                Object.defineProperty(table, key, {
          configurable: true,
          enumerable: true,
          get() {
            return own(this, key, compute(this));
          },
          set(value) {
            own(this, key, value);
          }
        });
      }
      return table;
    }
    function defineBound(proto, key, fn) {
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
          return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
          own(this, key, value);
        }
      });
    }
    /** Returns the prototype to install on, or `undefined` if this group is already installed on it. */    function claim(inst, sentinel) {
      const proto = Object.getPrototypeOf(inst);
      // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
            return sentinel in proto ? void 0 : proto;
    }
    // The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
        let installing;
    // Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
        let broke = false;
    const breaker = {
      configurable: true,
      get() {
        broke = true;
        return;
      }
    };
    /**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */    function defineLazyInternal(inst, key, compute) {
      const proto = Object.getPrototypeOf(inst._zod);
      if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = void 0;
        return;
      }
      installing = inst._zod;
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
          Object.defineProperty(this, key, breaker);
          const outer = broke;
          broke = false;
          try {
            const value = compute(this);
            // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                        if (broke) delete this[key]; else Object.defineProperty(this, key, {
              configurable: true,
              writable: true,
              value: value
            });
            broke = broke || outer;
            return value;
          } catch (err) {
            // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
            delete this[key];
            broke = broke || outer;
            throw err;
          }
        },
        set(value) {
          Object.defineProperty(this, key, {
            configurable: true,
            writable: true,
            value: value
          });
        }
      });
    }
    /**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */    function installLazyProp(inst, key, make, enumerable) {
      const proto = claim(inst, key);
      if (!proto) return;
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
          const desc = {
            configurable: true,
            writable: true,
            enumerable: enumerable,
            value: void 0
          };
          Object.defineProperty(this, key, desc);
          // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
                    desc.value = make(this);
          Object.defineProperty(this, key, desc);
          return desc.value;
        },
        set(value) {
          Object.defineProperty(this, key, {
            configurable: true,
            writable: true,
            enumerable: enumerable,
            value: value
          });
        }
      });
    }
    /** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */    const CONSTANT_CATCH = "~constantCatch";
    /** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */    function constantCatch(value) {
      const fn = () => value;
      fn[CONSTANT_CATCH] = true;
      return fn;
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
    var _a;
    /** A special constant with type `never` */    const NEVER =  Object.freeze({
      status: "aborted"
    });
    /* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */    const _zodDesc = {
      value: void 0,
      enumerable: false
    };
    // null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
        let _E = "captureStackTrace" in Error ? Error : null;
    // v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
        function newError(Definition) {
      const E = _E;
      if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
          try {
            E.stackTraceLimit = 0;
          } catch {
            _E = null;
            return new Definition;
          }
          try {
            return new Definition;
          } finally {
            E.stackTraceLimit = saved;
          }
        }
      }
      return new Definition;
    }
    function $constructor(name, initializer, 
    /** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
    proto, params) {
      // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
      const zodProto = {};
      // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
            function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set;
      }
      Internals.prototype = zodProto;
      const protoMembers = proto;
      // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
            const initialized = protoMembers && new WeakSet;
      function init(inst, def) {
        if (!inst._zod) {
          _zodDesc.value = new Internals(def);
          try {
            Object.defineProperty(inst, "_zod", _zodDesc);
          } finally {
            // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
            _zodDesc.value = void 0;
          }
        } else if (inst._zod.traits.has(name)) return;
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
          // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
          const own = Object.getPrototypeOf(inst);
          const ctorProto = inst._zod.constr.prototype;
          let up = own;
          while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
          const target = up ?? own;
          if (!initialized.has(target)) {
            initialized.add(target);
            members(target, protoMembers);
          }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
                const proto = _.prototype;
        for (const k in proto) {
          if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
          if (!(k in inst)) inst[k] = proto[k].bind(inst);
        }
      }
      // doesn't work if Parent has a constructor with arguments
            const Parent = params?.Parent ?? Object;
      class Definition extends Parent {}
      Object.defineProperty(Definition, "name", {
        value: name
      });
      function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
          for (const fn of deferred) fn();
          // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
                    inst._zod.deferred = void 0;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
                const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp) pp(inst);
        return inst;
      }
      Object.defineProperty(_, "init", {
        value: init
      });
      Object.defineProperty(_, Symbol.hasInstance, {
        value: inst => {
          if (params?.Parent && inst instanceof params.Parent) return true;
          return inst?._zod?.traits?.has(name);
        }
      });
      Object.defineProperty(_, "name", {
        value: name
      });
      return _;
    }
    //////////////////////////////   UTILITIES   ///////////////////////////////////////
         /* unused pure expression or super */ null && Symbol("zod_brand");
    class $ZodAsyncError extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    }
    class $ZodEncodeError extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
      }
    }
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    const globalConfig = globalThis.__zod_globalConfig;
    function config(newConfig) {
      if (newConfig) Object.assign(globalConfig, newConfig);
      return globalConfig;
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js
    class $ZodCyclicError extends Error {
      constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
      }
    }
    /** Keyed off the context object every schema in one parse call already shares. */    const STATE = "~memo";
    const NO_ISSUES = [];
    // a value a cycle can close through
        function isRef(value) {
      return value !== null && typeof value === "object";
    }
    // Receivers prefix paths in place, so the cache and every hand-out need their own copies.
        function cloneIssues(issues) {
      return issues.map(iss => iss.path ? {
        ...iss,
        path: iss.path.slice()
      } : {
        ...iss
      });
    }
    const recursive =  new WeakMap;
    /** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */    const NONE = 0;
    const ASSUMED = 1;
    const PROVEN = 2;
    /** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */    function isRecursive(inst, stack, resolve) {
      const cached = recursive.get(inst);
      if (cached !== void 0) return cached ? PROVEN : NONE;
      // Relative to the walk in progress, so not cached.
            if (stack.has(inst)) return PROVEN;
      stack.add(inst);
      let result = NONE;
      const check = child => {
        if (result !== PROVEN && child?._zod) {
          const answer = isRecursive(child, stack, resolve);
          if (answer > result) result = answer;
        }
      };
      // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
            const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
          const desc = Object.getOwnPropertyDescriptor(sh, key);
          // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
                    if (spread && !desc.enumerable) continue;
          // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
                    const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
          if (child > answer) answer = child;
        }
        return answer;
      };
      const merge = answer => {
        if (answer > result) result = answer;
      };
      const def = inst._zod.def;
      const kind = def.type;
      switch (kind) {
       case "object":
        {
          const raw = rawShape(def);
          // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
                    merge(raw ? shape(raw, true) : ASSUMED);
          check(def.catchall);
          break;
        }

       case "array":
        check(def.element);
        break;

       case "tuple":
        for (const el of def.items) check(el);
        check(def.rest);
        break;

       case "record":
       case "map":
        check(def.keyType);
        check(def.valueType);
        break;

       case "set":
        check(def.valueType);
        break;

       case "union":
        for (const el of def.options) check(el);
        break;

       case "intersection":
        check(def.left);
        check(def.right);
        break;

       case "optional":
       case "nullable":
       case "default":
       case "prefault":
       case "catch":
       case "readonly":
       case "nonoptional":
       case "promise":
       case "success":
        check(def.innerType);
        break;

       case "pipe":
        check(def.in);
        check(def.out);
        break;

       case "function":
        check(def.input);
        check(def.output);
        break;

        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
               case "lazy":
        {
          const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
          // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
                    merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
          break;
        }

        // a leaf by choice: `parts` are regex fragments, not data positions
               case "template_literal":
 // leaves
               case "string":
       case "number":
       case "int":
       case "boolean":
       case "bigint":
       case "symbol":
       case "undefined":
       case "null":
       case "void":
       case "never":
       case "any":
       case "unknown":
       case "date":
       case "nan":
       case "enum":
       case "literal":
       case "file":
       case "transform":
       case "custom":
        break;

       default:
        // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
        for (const key in def) {
          const desc = Object.getOwnPropertyDescriptor(def, key);
          if (!desc || desc.get) continue;
          const value = desc.value;
          if (!value || typeof value !== "object") continue;
          if (value._zod) check(value); else if (Array.isArray(value)) for (const el of value) check(el);
        }
      }
      stack.delete(inst);
      return settle(inst, result);
    }
    /** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */    function settle(inst, answer) {
      if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
      return answer;
    }
    /**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */    function bucketFor(state, inst) {
      let bucket = state.buckets.get(inst);
      if (!bucket) {
        bucket = new WeakMap;
        state.buckets.set(inst, bucket);
      }
      return bucket;
    }
    // Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
        let handoff;
    // Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
        const memoizer_open = [];
    const memo = {
      alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket) return empty;
        handoff = void 0;
        const entry = {
          value: empty,
          issues: null
        };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
      },
      guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
            if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError;
            return base(payload, ctx);
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base) inst._zod.run = wrapped;
        });
      },
      attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
                let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
                (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
          const base = inst._zod.parse;
          const wrapped = (payload, ctx) => {
            if (isRecursiveInst === void 0) {
              const walked = isRecursive(inst, new Set, false);
              if (walked === NONE) {
                // Nothing here can ever fire, so take it back out.
                inst._zod.parse = base;
                if (inst._zod.run === wrapped) inst._zod.run = base;
                return base(payload, ctx);
              }
              // this parse resolves the deferred edges on its own path, so ask once more before latching
                            if (walked === PROVEN || rechecked) isRecursiveInst = true; else rechecked = true;
            }
            const input = payload.value;
            if (!isRef(input)) return base(payload, ctx);
            let state = ctx[STATE];
            if (!state) {
              state = {
                buckets: new WeakMap,
                backEdges: void 0
              };
              ctx[STATE] = state;
            }
            let bucket;
            if (lastCtx === ctx) bucket = lastBucket; else {
              bucket = bucketFor(state, inst);
              lastCtx = ctx;
              lastBucket = bucket;
            }
            const hit = bucket.get(input);
            if (hit) {
              payload.value = hit.value;
              if (hit.issues) {
                if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
              } else {
                // Still being parsed: its own checks cover it, so skip them here.
                payload.memo = true;
                state.backEdges ?? (state.backEdges = new WeakSet);
                state.backEdges.add(hit.value);
              }
              return payload;
            }
            handoff = bucket;
            const depth = memoizer_open.length;
            const result = base(payload, ctx);
            handoff = void 0;
            // A container that rejected its input outright allocated nothing.
                        const entry = memoizer_open.length > depth ? memoizer_open.pop() : void 0;
            // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                        if (result instanceof Promise) return result.then(r => {
              if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
              return r;
            });
            if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
            return result;
          };
          inst._zod.parse = wrapped;
          if (inst._zod.run === base) inst._zod.run = wrapped;
        });
      }
    };
    /** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */    function memoizer() {
      return memo;
    }
    /** Whether this value is a node a back-edge resolved to before it finished. */    function isBackEdge(ctx, value) {
      const backEdges = ctx[STATE]?.backEdges;
      return backEdges !== void 0 && isRef(value) && backEdges.has(value);
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js
    /**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
    const cuid = /^[cC][0-9a-z]{6,}$/;
    const cuid2 = /^[0-9a-z]+$/;
    const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
    const xid = /^[0-9a-vA-V]{20}$/;
    const ksuid = /^[A-Za-z0-9]{27}$/;
    const nanoid = /^[a-zA-Z0-9_-]{21}$/;
    function nanoidOfLength(length) {
      return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
    }
    /** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */    const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
    /** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */    
    /** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
    const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
    /** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */    const uuid = version => {
      if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
      return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
    };
     /* unused pure expression or super */ null && uuid(4);
     /* unused pure expression or super */ null && uuid(6);
     /* unused pure expression or super */ null && uuid(7);
    /** Practical email validation */    const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
    /** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */    
    // from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
    // Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
    const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
    function emoji() {
      return new RegExp(_emoji, "u");
    }
    const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
    const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
    const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
    const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
    // https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
        const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
    const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
    // based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
    // export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
        const httpProtocol = /^https?$/;
    // https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
        const e164 = /^\+[1-9]\d{6,14}$/;
    // Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
        const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`
    /** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a ` ` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */;
    function regexes_anchor(source) {
      return new RegExp(`^${source}$`);
    }
    const date =  regexes_anchor(dateSource);
    function timeSource(args) {
      const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
      const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
      return regex;
    }
    function time(args) {
      return new RegExp(`^${timeSource(args)}$`);
    }
    // Adapted from https://stackoverflow.com/a/3143231
        function datetime(args) {
      const opts = [ "Z" ];
      // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
            if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
      // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
            const qualified = `${timeSource({
        precision: args.precision,
        seconds: true
      })}(?:${opts.join("|")})`;
      const timeRegex = args.local ? `${qualified}|${timeSource({
        precision: args.precision
      })}` : qualified;
      return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
    }
    // the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
        const anyString = /^[\s\S]{0,}$/;
    const bigint = /^-?\d+n?$/;
    // regex for string with no uppercase letters
    const lowercase = /^[^A-Z]*$/;
    // regex for string with no lowercase letters
        const uppercase = /^[^a-z]*$/;
    // regex for hexadecimal strings (any length)
        // Hash regexes for different algorithms and encodings
    // Helper function to create base64 regex with exact length and padding
    function fixedBase64(bodyLength, padding) {
      return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
    }
    // Helper function to create base64url regex with exact length (no padding)
        function fixedBase64url(length) {
      return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
    }
    // MD5 (16 bytes): base64 = 24 chars total (22 + "==")
         /* unused pure expression or super */ null && fixedBase64(22, "==");
     /* unused pure expression or super */ null && fixedBase64url(22);
    // SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
         /* unused pure expression or super */ null && fixedBase64(27, "=");
     /* unused pure expression or super */ null && fixedBase64url(27);
    // SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
         /* unused pure expression or super */ null && fixedBase64(43, "=");
     /* unused pure expression or super */ null && fixedBase64url(43);
    // SHA384 (48 bytes): base64 = 64 chars total (no padding)
         /* unused pure expression or super */ null && fixedBase64(64, "");
     /* unused pure expression or super */ null && fixedBase64url(64);
    // SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
         /* unused pure expression or super */ null && fixedBase64(86, "==");
     /* unused pure expression or super */ null && fixedBase64url(86);
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
    // import { $ZodType } from "./schemas.js";
    const $ZodCheck =  $constructor("$ZodCheck", (inst, def) => {
      var _a;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a = inst._zod).onattach ?? (_a.onattach = []);
    });
    /** Default `when` for size-based checks: run only on non-nullish values with a `size`. */    const _whenHasSize = payload => {
      const val = payload.value;
      return !util.nullish(val) && val.size !== void 0;
    };
    /** Default `when` for length-based checks: run only on non-nullish values with a `length`. */    const _whenHasLength = payload => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    const numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    const $ZodCheckLessThan =  $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = payload => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckGreaterThan =  $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = payload => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckMultipleOf = 
     $constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = payload => {
        if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint" ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
        def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple) return;
        payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
 // no format checks
            const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
      inst._zod.check = payload => {
        const input = payload.value;
        if (input < minimum) payload.issues.push({
          origin: "bigint",
          input: input,
          code: "too_small",
          minimum: minimum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
        if (input > maximum) payload.issues.push({
          origin: "bigint",
          input: input,
          code: "too_big",
          maximum: maximum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMaxSize", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
      inst._zod.check = payload => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum) return;
        payload.issues.push({
          origin: util.getSizableOrigin(input),
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMinSize", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
      inst._zod.check = payload => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum) return;
        payload.issues.push({
          origin: util.getSizableOrigin(input),
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
      inst._zod.check = payload => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size) return;
        const tooBig = size > def.size;
        payload.issues.push({
          origin: util.getSizableOrigin(input),
          ...tooBig ? {
            code: "too_big",
            maximum: def.size
          } : {
            code: "too_small",
            minimum: def.size
          },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckMaxLength =  $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
      inst._zod.check = payload => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
                const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum) return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin: origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckMinLength =  $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
      inst._zod.check = payload => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
                const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum) return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin: origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input: input,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckLengthEquals =  $constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a;
      $ZodCheck.init(inst, def);
      (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
      inst._zod.check = payload => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
                const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length) return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
          origin: origin,
          ...tooBig ? {
            code: "too_big",
            maximum: def.length
          } : {
            code: "too_small",
            minimum: def.length
          },
          inclusive: true,
          exact: true,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckStringFormat =  $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern) (_a = inst._zod).check ?? (_a.check = payload => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? {
            pattern: def.pattern.toString()
          } : {},
          inst: inst,
          continue: !def.abort
        });
      }); else (_b = inst._zod).check ?? (_b.check = () => {});
    });
    const $ZodCheckRegex =  $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = payload => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckLowerCase =  $constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = lowercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    const $ZodCheckUpperCase =  $constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = uppercase);
      $ZodCheckStringFormat.init(inst, def);
    });
    const $ZodCheckIncludes =  $constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      const escapedRegex = escapeRegex(def.includes);
      // `String.prototype.includes(sub, position)` matches `sub` at `position`
      // OR LATER, so the pattern must allow at least `position` leading chars
      // (`{N,}`), not exactly `position` chars (`{N}`).
            const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern;
      inst._zod.check = payload => {
        if (payload.value.includes(def.includes, def.position)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckStartsWith =  $constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = payload => {
        if (payload.value.startsWith(def.prefix)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckEndsWith =  $constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern);
      inst._zod.check = payload => {
        if (payload.value.endsWith(def.suffix)) return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    ///////////////////////////////////
    /////    $ZodCheckProperty    /////
    ///////////////////////////////////
        function handleCheckPropertyResult(result, payload, property) {
      if (result.issues.length) payload.issues.push(...prefixIssues(property, result.issues));
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckProperty", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = payload => {
        const result = def.schema._zod.run({
          value: payload.value[def.property],
          issues: []
        }, {});
        if (result instanceof Promise) return result.then(result => handleCheckPropertyResult(result, payload, def.property));
        handleCheckPropertyResult(result, payload, def.property);
        return;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCheckMimeType", (inst, def) => {
      $ZodCheck.init(inst, def);
      const mimeSet = new Set(def.mime);
      inst._zod.check = payload => {
        if (mimeSet.has(payload.value.type)) return;
        payload.issues.push({
          code: "invalid_value",
          values: def.mime,
          input: payload.value.type,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodCheckOverwrite =  $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = payload => {
        payload.value = def.tx(payload.value);
      };
    });
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
    class Doc {
      constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
      }
      // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
      indented(fn) {
        this.indent += 1;
        try {
          fn(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(arg) {
        if (typeof arg === "function") {
          arg(this, {
            execution: "sync"
          });
          arg(this, {
            execution: "async"
          });
          return;
        }
        const content = arg;
        const lines = content.split("\n").filter(x => x);
        const minIndent = Math.min(...lines.map(x => x.length - x.trimStart().length));
        const dedented = lines.map(x => x.slice(minIndent)).map(x => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) this.content.push(line);
      }
      compile() {
        const F = Function;
        const content = this?.content ?? [ `` ];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
      }
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
    const version = {
      major: 4,
      minor: 6,
      patch: 7
    };
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js
    const $ZodType =  $constructor("$ZodType", (inst, def) => {
      var _a;
      inst ?? (inst = {});
      inst._zod.def = def;
 // set _def property
            inst._zod.bag = inst._zod.bag || {};
 // initialize _bag object
            inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      // if inst is itself a checks.$ZodCheck, run it as a check
            const checks = inst._zod.traits.has("$ZodCheck") ? [ inst, ...defChecks ?? [] ] : defChecks?.length ? [ ...defChecks ] : [];
      for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
      if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks, ctx) => {
          if (payload.memo) return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload)) continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun) continue;
            } else if (isAborted) continue;
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError;
            if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen) return;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted) isAborted = aborted(payload, currLen);
            }); else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen) continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted) isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) return asyncResult.then(() => payload);
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          // abort if the canary is aborted
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          // run checks first, then
                    const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false) throw new $ZodAsyncError;
            return checkResult.then(checkResult => inst._zod.parse(checkResult, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            // run canary initial pass (no checks)
            const canary = inst._zod.parse({
              value: payload.value,
              issues: []
            }, {
              ...ctx,
              skipChecks: true
            });
            if (canary instanceof Promise) return canary.then(canary => handleCanaryResult(canary, payload, ctx));
            return handleCanaryResult(canary, payload, ctx);
          }
          // forward
                    const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false) throw new $ZodAsyncError;
            return result.then(result => runChecks(result, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    /** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
    // a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
        const toStandardResult = (r, ctx) => r.issues.length ? {
      issues: r.issues.map(iss => finalizeIssue(iss, ctx, config()))
    } : {
      value: r.value
    };
    async function validateAsync(inst, value) {
      const ctx = {
        async: true
      };
      return toStandardResult(await inst._zod.run({
        value: value,
        issues: []
      }, ctx), ctx);
    }
    function standardProps(inst) {
      return {
        validate: value => {
          const ctx = {
            async: false
          };
          try {
            const r = inst._zod.run({
              value: value,
              issues: []
            }, ctx);
            if (!(r instanceof Promise)) return toStandardResult(r, ctx);
          } catch (_) {}
          // async function so a synchronously throwing check rejects instead of escaping validate
                    return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1
      };
    }
    const $ZodString =  $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
            inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce) try {
          payload.value = String(payload.value);
        } catch (_) {}
        if (typeof payload.value === "string") return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodStringFormat =  $constructor("$ZodStringFormat", (inst, def) => {
      // check initialization must come first
      $ZodCheckStringFormat.init(inst, def);
      $ZodString.init(inst, def);
    });
    const $ZodGUID =  $constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = guid);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodUUID =  $constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        const versionMap = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        };
        const v = versionMap[def.version];
        if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
      } else def.pattern ?? (def.pattern = uuid());
      $ZodStringFormat.init(inst, def);
    });
    const $ZodEmail =  $constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = email);
      $ZodStringFormat.init(inst, def);
    });
    /** The `://` guard rejected the input before the URL constructor saw it. */    const URL_BAD_FORMAT = 1;
    /** The URL parser rejected the input. */    const URL_UNPARSEABLE = 2;
    function canParseURL(input) {
      try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
        new URL(input);
        return true;
      } catch {
        return false;
      }
    }
    function validateURL(trimmed, def) {
      if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || URL_UNPARSEABLE;
      return parseURLObject(trimmed, def);
    }
    /** Parses a URL while preserving the non-normalizing HTTP guard. */    function parseURLObject(trimmed, def) {
      // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
      if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return URL_BAD_FORMAT;
      try {
        if (typeof URL !== "undefined") {
          const URLStatic = URL;
          if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
                return new URL(trimmed);
      } catch {
        return URL_UNPARSEABLE;
      }
    }
    const asciiTabOrNewline = /[\t\n\r]/g;
    /** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */    function stripTabAndNewline(value) {
      return value.replace(asciiTabOrNewline, "");
    }
    function urlHostnameOk(url, hostname) {
      hostname.lastIndex = 0;
      return hostname.test(url.hostname);
    }
    function urlProtocolOk(url, protocol) {
      protocol.lastIndex = 0;
      return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
    }
    const $ZodURL =  $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        try {
          // Trim whitespace from input
          const trimmed = payload.value.trim();
          const url = validateURL(trimmed, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst: inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst: inst,
              continue: !def.abort
            });
            return;
          }
          if (url === true) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid hostname",
            pattern: def.hostname.source,
            input: payload.value,
            inst: inst,
            continue: !def.abort
          });
          if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid protocol",
            pattern: def.protocol.source,
            input: payload.value,
            inst: inst,
            continue: !def.abort
          });
          // Set the output value based on normalize flag
                    payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
          return;
        } catch (_) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst: inst,
            continue: !def.abort
          });
        }
      };
    });
    const $ZodEmoji =  $constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = emoji());
      $ZodStringFormat.init(inst, def);
    });
    const $ZodNanoID =  $constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
      $ZodStringFormat.init(inst, def);
    });
    /**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */    const $ZodCUID =  $constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = cuid);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodCUID2 =  $constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = cuid2);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodULID =  $constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = ulid);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodXID =  $constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = xid);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodKSUID =  $constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = ksuid);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodISODateTime =  $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def));
      $ZodStringFormat.init(inst, def);
    });
    const $ZodISODate =  $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodISOTime =  $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def));
      $ZodStringFormat.init(inst, def);
    });
    const $ZodISODuration =  $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration);
      $ZodStringFormat.init(inst, def);
    });
    const $ZodIPv4 =  $constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = ipv4);
      $ZodStringFormat.init(inst, def);
    });
    /** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */    const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    function isValidIPv6(value) {
      if (!ipv6Alphabet.test(value)) return false;
      return canParseURL(`http://[${value}]`);
    }
    const $ZodIPv6 =  $constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = ipv6);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (!isValidIPv6(payload.value)) payload.issues.push({
          code: "invalid_format",
          format: "ipv6",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodMAC", (inst, def) => {
      def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
      $ZodStringFormat.init(inst, def);
    });
    const $ZodCIDRv4 =  $constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv4);
      $ZodStringFormat.init(inst, def);
    });
    function isValidCIDRv6(value) {
      const parts = value.split("/");
      if (parts.length !== 2) return false;
      const [address, prefix] = parts;
      if (!prefix) return false;
      const prefixNum = Number(prefix);
      if (`${prefixNum}` !== prefix) return false;
      if (prefixNum < 0 || prefixNum > 128) return false;
      return isValidIPv6(address);
    }
    const $ZodCIDRv6 =  $constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv6);
 // not used for validation
            $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (!isValidCIDRv6(payload.value)) payload.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodBase64   //////////////////////////////
        function isValidBase64(data) {
      if (data === "") return true;
      // atob ignores whitespace, so reject it up front.
            if (/\s/.test(data)) return false;
      if (data.length % 4 !== 0) return false;
      try {
        // @ts-ignore
        atob(data);
        return true;
      } catch {
        return false;
      }
    }
    // lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
        const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
    const $ZodBase64 =  $constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidBase64(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodBase64URL   //////////////////////////////
    // lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
        const base64urlCharset = /^[A-Za-z0-9_-]*$/;
    function isValidBase64URL(data) {
      if (!base64urlCharset.test(data)) return false;
      const base64 = data.replace(/[-_]/g, c => c === "-" ? "+" : "/");
      const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
      return isValidBase64(padded);
    }
    const $ZodBase64URL =  $constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidBase64URL(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    const $ZodE164 =  $constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = e164);
      $ZodStringFormat.init(inst, def);
    });
    //////////////////////////////   ZodCreditCard   //////////////////////////////
        const CC_SANITIZE = /[- ]/g;
    /** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */    function isLuhnAlgo(digits) {
      let length = digits.length;
      let bit = 1;
      let sum = 0;
      while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [ 0, 2, 4, 6, 8, 1, 3, 5, 7, 9 ][value] : value;
      }
      return sum % 10 === 0;
    }
    function isValidCreditCard(input) {
      if (!regexes.creditCard.test(input)) return false;
      return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCreditCard", (inst, def) => {
      // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
      def.pattern ?? (def.pattern = regexes.creditCard);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidCreditCard(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "credit_card",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodIBAN   //////////////////////////////
    // iso 7064 mod 97-10 checksum without BigInt
        function isIso7064Mod97(iban) {
      let remainder = 0;
      const len = iban.length;
      for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
      }
      for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
      }
      return remainder === 1;
    }
    function isValidIBAN(input) {
      if (!regexes.iban.test(input)) return false;
      return isIso7064Mod97(input);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodIBAN", (inst, def) => {
      // shape only — checksum is not expressible as a pattern
      def.pattern ?? (def.pattern = regexes.iban);
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidIBAN(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "iban",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    //////////////////////////////   ZodJWT   //////////////////////////////
        function isValidJWT(token, algorithm = null) {
      try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3) return false;
        const [header] = tokensParts;
        if (!header) return false;
        // @ts-ignore
                const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
        if (!parsedHeader.alg) return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
        return true;
      } catch {
        return false;
      }
    }
    const $ZodJWT =  $constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (isValidJWT(payload.value, def.alg)) return;
        payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodCustomStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = payload => {
        if (def.fn(payload.value)) return;
        payload.issues.push({
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          inst: inst,
          continue: !def.abort
        });
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = Boolean(payload.value);
        } catch (_) {}
        const input = payload.value;
        if (typeof input === "boolean") return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodBigInt =  $constructor("$ZodBigInt", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = bigint;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = BigInt(payload.value);
        } catch (_) {}
        if (typeof payload.value === "bigint") return payload;
        payload.issues.push({
          expected: "bigint",
          code: "invalid_type",
          input: payload.value,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodBigIntFormat", (inst, def) => {
      checks.$ZodCheckBigIntFormat.init(inst, def);
      $ZodBigInt.init(inst, def);
 // no format checks
        });
     /* unused pure expression or super */ null && core.$constructor("$ZodSymbol", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol") return payload;
        payload.issues.push({
          expected: "symbol",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodUndefined", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.undefined;
      inst._zod.values = new Set([ void 0 ]);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined") return payload;
        payload.issues.push({
          expected: "undefined",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNull", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes.null;
      inst._zod.values = new Set([ null ]);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null) return payload;
        payload.issues.push({
          expected: "null",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodAny", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = payload => payload;
    });
    const $ZodUnknown =  $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = payload => payload;
    });
    const $ZodNever =  $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodVoid", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined") return payload;
        payload.issues.push({
          expected: "void",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    // an oversized container fails its leading size checks before any element is parsed
    function capSize(inst, size) {
      const caps = sizeCaps(inst._zod.def.checks);
      if (!caps.length) return;
      const cap = Math.min(...caps.map(c => c[0]));
      const parse = inst._zod.parse;
      inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
        return parse(payload, ctx);
      };
    }
    const arraySize = input => Array.isArray(input) ? input.length : -1;
    const mapSize = input => input instanceof Map ? input.size : -1;
    const setSize = input => input instanceof Set ? input.size : -1;
    function handleArrayResult(result, final, index) {
      if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
      final.value[index] = result.value;
    }
    const $ZodArray =  $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) proms.push(result.then(result => handleArrayResult(result, payload, i))); else {
            handleArrayResult(result, payload, i);
            // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                        if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
          }
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
 //handleArrayResultsAsync(parseResults, final);
            };
      capSize(inst, arraySize);
    });
    function handlePropertyResult(result, final, key, input, optin, optout) {
      const isPresent = key in input;
      const isOptionalOut = optout === "optional";
      // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
            if (!isPresent && isOptionalOut && optin === "optional") return;
      if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== void 0 && isOptionalOut && !isPresent) return;
        final.issues.push(...prefixIssues(key, result.issues));
      }
      if (!isPresent && optin === void 0) {
        if (!result.issues.length) final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [ key ]
        });
        return;
      }
      if (result.value === void 0) {
        if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
      } else final.value[key] = result.value;
    }
    // one shared instance; a fresh [] per schema cost 56 bytes retained
        const NO_SYMBOL_KEYS = [];
    function normalizeDef(def) {
      const keys = Object.keys(def.shape);
      const ownSymbols = Object.getOwnPropertySymbols(def.shape);
      const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
      // aliases `keys` when there are no symbols, so a string-only shape keeps one array
            const allKeys = symbolKeys.length ? [ ...keys, ...symbolKeys ] : keys;
      for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
      const okeys = optionalKeys(def.shape);
      return {
        ...def,
        allKeys: allKeys,
        symbolKeys: symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys)
      };
    }
    function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
      const unrecognized = [];
      const keySet = def.keySet;
      const _catchall = def.catchall._zod;
      const t = _catchall.def.type;
      const optin = _catchall.optin;
      const optout = _catchall.optout;
      // starts at 0, not the current length: the shape phase already ran and may have aborted
            let seen = 0;
      for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen)) break;
          seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
                if (keySet.has(key)) continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
                if (key === "__proto__") {
          if (t === "never") unrecognized.push(key);
          continue;
        }
        if (t === "never") {
          unrecognized.push(key);
          continue;
        }
        const r = _catchall.run({
          value: input[key],
          issues: []
        }, ctx);
        if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
      }
      if (unrecognized.length) payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input: input,
        inst: inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: true
      });
      if (!proms.length) return payload;
      return Promise.all(proms).then(() => payload);
    }
    const $ZodObject =  $constructor("$ZodObject", (inst, def) => {
      // requires cast because technically $ZodObject doesn't extend
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
            const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
          const newSh = {
            ...sh
          };
          Object.defineProperty(def, "shape", {
            value: newSh
          });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", {
          get: get
        });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", zod => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) util_assignProp(propValues, key, new Set);
            for (const v of field.values) propValues[key].add(v);
            // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                        if (field.optin !== void 0) propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject = util_isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          if (key === "__proto__") continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({
            value: input[key],
            issues: []
          }, ctx);
          if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
        }
        if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    const $ZodObjectJIT =  $constructor("$ZodObjectJIT", (inst, def) => {
      // requires cast because technically $ZodObject doesn't extend
      $ZodObject.init(inst, def);
      const superParse = inst._zod.parse;
      const _normalized = cached(() => normalizeDef(def));
      const memo = globalConfig.memoizer;
      const generateFastpass = shape => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
                const doc = new Doc([ "payload", "ctx" ], {
          shape: shape,
          inst: inst,
          memo: memo,
          syms: syms
        });
        const parseStr = k => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
                const prefixStr = (id, k) => `\n          let ${id}_ab = false;\n          for (let i = 0; i < ${id}.issues.length; i++) {\n            const iss = ${id}.issues[i];\n            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${id}_ab = true;\n          }\n          if (${id}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
        // A: preserve key order {
                doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
          if (key === "__proto__") continue;
          const id = ids[key];
          const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
          const isPresent = `${k} in input`;
          const schema = shape[key];
          const optin = schema?._zod?.optin;
          const isOptionalIn = optin !== void 0;
          const isOptionalOut = schema?._zod?.optout === "optional";
          doc.write(`const ${id} = ${parseStr(k)};`);
          if (isOptionalIn && isOptionalOut) {
            // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
            const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`\n        const ${id}_present = ${isPresent};\n        if (!${id}.issues.length || ${id}_present) {\n          if (${id}.issues.length) {${prefixStr(id, k)}\n          }\n\n          if (${assign}) {\n            newResult[${k}] = ${id}.value;\n          }\n        }\n\n      `);
          } else if (!isOptionalIn) doc.write(`\n        const ${id}_present = ${isPresent};\n        if (${id}.issues.length) {${prefixStr(id, k)}\n        }\n        if (!${id}_present && !${id}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${k}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${id}_present) {\n          newResult[${k}] = ${id}.value;\n        }\n\n      `); else {
            doc.write(`\n        if (${id}.issues.length) {${prefixStr(id, k)}\n        }\n      `);
            if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`); else doc.write(`\n        if (${id}.value !== undefined || ${isPresent}) {\n          newResult[${k}] = ${id}.value;\n        }\n      `);
          }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
                return doc.compile();
      };
      let fastpass;
      const isObject = util_isObject;
      const jit = !globalConfig.jitless;
      const allowsEval = util_allowsEval;
      const fastEnabled = jit && allowsEval.value;
 // && !def.catchall;
            const catchall = def.catchall;
      let value;
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
          // always synchronous
          if (!fastpass) fastpass = generateFastpass(def.shape);
          payload = fastpass(payload, ctx);
          if (!catchall) return payload;
          return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
      };
    });
    function handleUnionResults(results, final, inst, ctx) {
      for (const result of results) if (result.issues.length === 0) {
        final.value = result.value;
        return final;
      }
      const nonaborted = results.filter(r => !aborted(r));
      if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
      }
      final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst: inst,
        errors: results.map(result => result.issues.map(iss => finalizeIssue(iss, ctx, config())))
      });
      return final;
    }
    const $ZodUnion =  $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", zod => zod.def.options.some(o => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some(o => o._zod.optin !== void 0) ? "optional" : void 0);
      defineLazyInternal(inst, "optout", zod => zod.def.options.some(o => o._zod.optout === "optional") ? "optional" : void 0);
      defineLazyInternal(inst, "values", zod => {
        if (zod.def.options.every(o => o._zod.values)) return new Set(zod.def.options.flatMap(option => Array.from(option._zod.values)));
        return;
      });
      defineLazyInternal(inst, "pattern", zod => {
        if (zod.def.options.every(o => o._zod.pattern)) {
          const patterns = zod.def.options.map(o => o._zod.pattern);
          return new RegExp(`^(${patterns.map(p => cleanRegex(p.source)).join("|")})$`);
        }
        return;
      });
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) return first(payload, ctx);
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else {
            if (result.issues.length === 0) return result;
            results.push(result);
          }
        }
        if (!async) return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then(results => handleUnionResults(results, payload, inst, ctx));
      };
    });
    function handleExclusiveUnionResults(results, final, inst, ctx) {
      const matches = [];
      for (let i = 0; i < results.length; i++) if (results[i].issues.length === 0) matches.push(i);
      if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
      }
      if (matches.length === 0) 
      // No matches - same as regular union
      final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst: inst,
        errors: results.map(result => result.issues.map(iss => util.finalizeIssue(iss, ctx, core.config())))
      }); else 
      // Multiple matches - exclusive union failure
      final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst: inst,
        errors: [],
        inclusive: false,
        matches: matches
      });
      return final;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodXor", (inst, def) => {
      $ZodUnion.init(inst, def);
      def.inclusive = false;
      const first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first) return first(payload, ctx);
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            results.push(result);
            async = true;
          } else results.push(result);
        }
        if (!async) return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then(results => handleExclusiveUnionResults(results, payload, inst, ctx));
      };
    });
    /** Returns the option whose discriminator claims `value`, or throws if ambiguous. */    function discriminatorMap(def) {
      const map = new Map;
      for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0) throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) if (map.has(value)) {
          if (value !== void 0) throw new Error(`Duplicate discriminator value "${String(value)}"`);
          // keep the collision marked so a later member cannot reclaim it
                    map.set(value, null);
        } else map.set(value, option);
      }
      return map;
    }
    const $ZodDiscriminatedUnion = 
    
    $constructor("$ZodDiscriminatedUnion", (inst, def) => {
      def.inclusive = false;
      $ZodUnion.init(inst, def);
      const _super = inst._zod.parse;
      defineLazyInternal(inst, "propValues", zod => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
          const pv = option._zod.propValues;
          if (!pv || Object.keys(pv).length === 0) throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
          if (pv[zod.def.discriminator]?.has(void 0)) undefinedCount++;
          for (const [k, v] of Object.entries(pv)) {
            if (!Object.prototype.hasOwnProperty.call(propValues, k)) util_assignProp(propValues, k, new Set);
            for (const val of v) propValues[k].add(val);
          }
        }
        if (!zod.def.unionFallback && undefinedCount > 1) propValues[zod.def.discriminator]?.delete(void 0);
        return propValues;
      });
      // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
            def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) throw new Error(`Invalid discriminated union option at index "${i}"`);
      });
      const disc = cached(() => discriminatorMap(def));
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
          payload.issues.push({
            code: "invalid_type",
            expected: "object",
            input: input,
            inst: inst
          });
          return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
                if (opt && (value !== void 0 || ctx.direction !== "backward")) return opt._zod.run(payload, ctx);
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
                if (def.unionFallback || ctx.direction === "backward") return _super(payload, ctx);
        // no matching discriminator
                payload.issues.push({
          code: "invalid_union",
          errors: [],
          note: "No matching discriminator",
          discriminator: def.discriminator,
          options: Array.from(disc.value.keys()).filter(value => disc.value.get(value) !== null),
          input: input,
          path: [ def.discriminator ],
          inst: inst
        });
        return payload;
      };
    });
    const $ZodIntersection =  $constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({
          value: input,
          issues: []
        }, ctx);
        const right = def.right._zod.run({
          value: input,
          issues: []
        }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) return Promise.all([ left, right ]).then(([left, right]) => handleIntersectionResults(payload, left, right));
        return handleIntersectionResults(payload, left, right);
      };
    });
    function mergeValues(a, b) {
      // const aType = parse.t(a);
      // const bType = parse.t(b);
      if (a === b) return {
        valid: true,
        data: a
      };
      if (a instanceof Date && b instanceof Date && +a === +b) return {
        valid: true,
        data: a
      };
      if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter(key => bKeys.indexOf(key) !== -1);
        const newObj = {
          ...a,
          ...b
        };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
        for (const key of sharedKeys) {
          if (key === "__proto__") continue;
          const sharedValue = mergeValues(a[key], b[key]);
          if (!sharedValue.valid) return {
            valid: false,
            mergeErrorPath: [ key, ...sharedValue.mergeErrorPath ]
          };
          newObj[key] = sharedValue.data;
        }
        return {
          valid: true,
          data: newObj
        };
      }
      if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) return {
          valid: false,
          mergeErrorPath: []
        };
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
          const itemA = a[index];
          const itemB = b[index];
          const sharedValue = mergeValues(itemA, itemB);
          if (!sharedValue.valid) return {
            valid: false,
            mergeErrorPath: [ index, ...sharedValue.mergeErrorPath ]
          };
          newArray.push(sharedValue.data);
        }
        return {
          valid: true,
          data: newArray
        };
      }
      return {
        valid: false,
        mergeErrorPath: []
      };
    }
    function handleIntersectionResults(result, left, right) {
      // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
      const unrecKeys = new Map;
      let unrecIssue;
      const keyIssues = new Map;
      const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
          unrecIssue ?? (unrecIssue = iss);
          keys = iss.keys;
        } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
          const k = String(iss.path[0]);
          if (!keyIssues.has(k)) keyIssues.set(k, iss);
          keys = [ k ];
        } else return false;
        for (const k of keys) {
          if (!unrecKeys.has(k)) unrecKeys.set(k, {});
          unrecKeys.get(k)[side] = true;
        }
        return true;
      };
      for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
      for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
      // Report only keys rejected by BOTH sides
            const bothKeys = [ ...unrecKeys ].filter(([, f]) => f.l && f.r).map(([k]) => k);
      if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter(k => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length) result.issues.push({
          ...unrecIssue,
          keys: aggregated
        });
        for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
      }
      const merged = mergeValues(left.value, right.value);
      if (!merged.valid) {
        if (aborted(result)) return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
      }
      result.value = merged.data;
      return result;
    }
    const $ZodTuple =  $constructor("$ZodTuple", (inst, def) => {
      $ZodType.init(inst, def);
      const items = def.items;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            input: input,
            inst: inst,
            expected: "tuple",
            code: "invalid_type"
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
          if (input.length < optinStart) {
            payload.issues.push({
              code: "too_small",
              minimum: optinStart,
              inclusive: true,
              input: input,
              inst: inst,
              origin: "array"
            });
            return payload;
          }
          if (input.length > items.length) payload.issues.push({
            code: "too_big",
            maximum: items.length,
            inclusive: true,
            input: input,
            inst: inst,
            origin: "array"
          });
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
                const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
                const abortEarly = def.rest ? ctx?.abortEarly : void 0;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
          const r = items[i]._zod.run({
            value: input[i],
            issues: []
          }, ctx);
          if (r instanceof Promise) proms.push(r.then(rr => {
            itemResults[i] = rr;
          })); else {
            itemResults[i] = r;
            if (abortEarly && !itemAborted && r.issues.length) itemAborted = aborted(r);
          }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
                if (def.rest && !itemAborted) {
          let i = items.length - 1;
          const rest = input.slice(items.length);
          let seen = payload.issues.length;
          for (const el of rest) {
            if (abortEarly && payload.issues.length !== seen) {
              if (aborted(payload, seen)) break;
              seen = payload.issues.length;
            }
            i++;
            const result = def.rest._zod.run({
              value: el,
              issues: []
            }, ctx);
            if (result instanceof Promise) proms.push(result.then(r => handleTupleResult(r, payload, i))); else handleTupleResult(result, payload, i);
          }
        }
        if (proms.length) return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
      };
    });
    function getTupleOptStart(items, key) {
      for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
        if (!omittable) return i + 1;
      }
      return 0;
    }
    function handleTupleResult(result, final, index) {
      if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
      final.value[index] = result.value;
    }
    function handleTupleResults(itemResults, final, items, input, optoutStart) {
      // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
      for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
                if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
          final.value.length = i;
          break;
        }
        if (r.issues.length) {
          if (!isPresent && i >= optoutStart) {
            final.value.length = i;
            break;
          }
          final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
      }
      // Drop trailing slots that produced `undefined` for absent input
      // (the array analog of an absent optional key on an object). The
      // `i >= input.length` floor is critical: an explicit `undefined`
      // *inside* the input must be preserved even when the schema is
      // optional-out (e.g. `z.string().or(z.undefined())` accepting an
      // explicit undefined value).
            for (let i = final.value.length - 1; i >= input.length; i--) if (items[i]._zod.optout === "optional" && final.value[i] === void 0) final.value.length = i; else break;
      return final;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
                const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = new Set;
          for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
            recordKeys.add(typeof key === "number" ? key.toString() : key);
            // A declared __proto__ is stripped but is not an unrecognized key.
                        if (key === "__proto__") continue;
            const keyResult = def.keyType._zod.run({
              value: key,
              issues: []
            }, ctx);
            if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
            if (keyResult.issues.length) {
              payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config())),
                input: key,
                path: [ key ],
                inst: inst
              });
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__") continue;
            const result = def.valueType._zod.run({
              value: input[key],
              issues: []
            }, ctx);
            if (result instanceof Promise) proms.push(result.then(result => {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            })); else {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            }
          }
          let unrecognized;
          for (const key in input) if (!recordKeys.has(key)) if (def.mode === "loose") {
            // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
            if (key === "__proto__") continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
          if (unrecognized && unrecognized.length > 0) payload.issues.push({
            code: "unrecognized_keys",
            input: input,
            inst: inst,
            keys: unrecognized,
            continue: true
          });
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
                    let unrecognized;
          // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
                    for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__") continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
            let keyResult = def.keyType._zod.run({
              value: key,
              issues: []
            }, ctx);
            if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
            // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                        const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({
                value: Number(key),
                issues: []
              }, ctx);
              if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
              if (retryResult.issues.length === 0) keyResult = retryResult;
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") 
              // Pass through unchanged
              payload.value[key] = input[key]; else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else 
              // Default "strict" behavior: error on invalid key
              payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config())),
                input: key,
                path: [ key ],
                inst: inst
              });
              continue;
            }
            // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                        const outKey = keyResult.value;
            if (outKey === "__proto__") continue;
            const result = def.valueType._zod.run({
              value: input[key],
              issues: []
            }, ctx);
            if (result instanceof Promise) proms.push(result.then(result => {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            })); else {
              if (result.issues.length) payload.issues.push(...util.prefixIssues(key, result.issues));
              payload.value[outKey] = result.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) payload.issues.push({
            code: "unrecognized_keys",
            input: input,
            inst: inst,
            keys: unrecognized,
            continue: true
          });
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodMap", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
          payload.issues.push({
            expected: "map",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map, ctx) : new Map;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
          if (abortEarly && payload.issues.length !== seen) {
            if (util.aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          const keyResult = def.keyType._zod.run({
            value: key,
            issues: []
          }, ctx);
          const valueResult = def.valueType._zod.run({
            value: value,
            issues: []
          }, ctx);
          if (keyResult instanceof Promise || valueResult instanceof Promise) proms.push(Promise.all([ keyResult, valueResult ]).then(([keyResult, valueResult]) => {
            handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
          })); else handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
      };
      capSize(inst, mapSize);
    });
    function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
      if (keyResult.issues.length) if (util.propertyKeyTypes.has(typeof key)) final.issues.push(...util.prefixIssues(key, keyResult.issues)); else final.issues.push({
        code: "invalid_key",
        origin: "map",
        input: input,
        inst: inst,
        issues: keyResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config()))
      });
      if (valueResult.issues.length) if (util.propertyKeyTypes.has(typeof key)) final.issues.push(...util.prefixIssues(key, valueResult.issues)); else final.issues.push({
        origin: "map",
        code: "invalid_element",
        input: input,
        inst: inst,
        key: key,
        issues: valueResult.issues.map(iss => util.finalizeIssue(iss, ctx, core.config()))
      });
      final.value.set(keyResult.value, valueResult.value);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodSet", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core.globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
          payload.issues.push({
            input: input,
            inst: inst,
            expected: "set",
            code: "invalid_type"
          });
          return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set, ctx) : new Set;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
          if (abortEarly && payload.issues.length !== seen) {
            if (util.aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          const result = def.valueType._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) proms.push(result.then(result => handleSetResult(result, payload))); else handleSetResult(result, payload);
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
      };
      capSize(inst, setSize);
    });
    function handleSetResult(result, final) {
      if (result.issues.length) final.issues.push(...result.issues);
      final.value.add(result.value);
    }
    const $ZodEnum =  $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", zod => {
        const patternValues = getEnumValues(zod.def.entries).filter(k => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
                return new RegExp(patternValues.length ? `^(${patternValues.map(o => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) return payload;
        payload.issues.push({
          code: "invalid_value",
          values: values,
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodLiteral =  $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", zod => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
                return new RegExp(vals.length ? `^(${vals.map(o => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) return payload;
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input: input,
          inst: inst
        });
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodFile", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
                if (input instanceof File) return payload;
        payload.issues.push({
          expected: "file",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodTransform =  $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then(output => {
            payload.value = output;
            return payload;
          });
        }
        if (_out instanceof Promise) throw new $ZodAsyncError;
        payload.value = _out;
        return payload;
      };
    });
    function handleOptionalResult(payload, result) {
      // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
      payload.value = result.issues.length ? void 0 : result.value;
      return payload;
    }
    const $ZodOptional =  $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
            defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", zod => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([ ...values, void 0 ]) : void 0;
      });
      defineLazyInternal(inst, "pattern", zod => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
          if (def.innerType._zod.optin !== "defaulted") return payload;
          // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
                    const result = def.innerType._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) return result.then(result => handleOptionalResult(payload, result));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    const $ZodExactOptional =  $constructor("$ZodExactOptional", (inst, def) => {
      // Call parent init - inherits optin/optout = "optional"
      $ZodOptional.init(inst, def);
      // Override values/pattern to NOT add undefined
            defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "pattern", zod => zod.def.innerType._zod.pattern);
      // Override parse to just delegate (no undefined handling)
            inst._zod.parse = (payload, ctx) => def.innerType._zod.run(payload, ctx);
    });
    const $ZodNullable =  $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", zod => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values ? new Set([ ...zod.def.innerType._zod.values, null ]) : void 0);
      inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null) return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    const $ZodDefault =  $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      // inst._zod.qin = "true";
            inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply defaults for undefined input
                if (payload.value === void 0) {
          payload.value = def.defaultValue;
          /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */          return payload;
        }
        // Forward direction: continue with default handling
                const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(result => handleDefaultResult(result, def));
        return handleDefaultResult(result, def);
      };
    });
    function handleDefaultResult(payload, def) {
      if (payload.value === void 0) payload.value = def.defaultValue;
      return payload;
    }
    const $ZodPrefault =  $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply prefault for undefined input
                if (payload.value === void 0) payload.value = def.defaultValue;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    const $ZodNonOptional =  $constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", zod => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([ ...v ].filter(x => x !== void 0)) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(result => handleNonOptionalResult(result, inst));
        return handleNonOptionalResult(result, inst);
      };
    });
    function handleNonOptionalResult(payload, inst) {
      if (!payload.issues.length && payload.value === void 0) payload.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: payload.value,
        inst: inst
      });
      return payload;
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodSuccess", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") throw new core.$ZodEncodeError("ZodSuccess");
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(result => {
          payload.value = result.issues.length === 0;
          return payload;
        });
        payload.value = result.issues.length === 0;
        return payload;
      };
    });
    function handleCatchResult(payload, result, def, ctx) {
      if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
                if (result.memo) payload.memo = true;
        return payload;
      }
      // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
            payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
          issues: result.issues.map(iss => finalizeIssue(iss, ctx, config()))
        },
        input: payload.value
      });
      return payload;
    }
    const $ZodCatch =  $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply catch logic
                const result = def.innerType._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) return result.then(result => handleCatchResult(payload, result, def, ctx));
        return handleCatchResult(payload, result, def, ctx);
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodNaN", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
          payload.issues.push({
            input: payload.value,
            inst: inst,
            expected: "nan",
            code: "invalid_type"
          });
          return payload;
        }
        return payload;
      };
    });
    const $ZodPipe =  $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", zod => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", zod => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", zod => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", zod => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) return right.then(right => handlePipeResult(right, def.in, ctx));
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) return left.then(left => handlePipeResult(left, def.out, ctx));
        return handlePipeResult(left, def.out, ctx);
      };
    });
    function handlePipeResult(left, next, ctx) {
      // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
      if (left.issues.some(iss => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
      }
      return next._zod.run({
        value: left.value,
        issues: left.issues
      }, ctx);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodCodec", (inst, def) => {
      $ZodType.init(inst, def);
      util.defineLazyInternal(inst, "values", zod => zod.def.in._zod.values);
      util.defineLazyInternal(inst, "optin", zod => zod.def.in._zod.optin);
      util.defineLazyInternal(inst, "optout", zod => zod.def.out._zod.optout);
      util.defineLazyInternal(inst, "propValues", zod => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
          const left = def.in._zod.run(payload, ctx);
          if (left instanceof Promise) return left.then(left => handleCodecAResult(left, def, ctx));
          return handleCodecAResult(left, def, ctx);
        } else {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) return right.then(right => handleCodecAResult(right, def, ctx));
          return handleCodecAResult(right, def, ctx);
        }
      };
    });
    function handleCodecAResult(result, def, ctx) {
      if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
      }
      const direction = ctx.direction || "forward";
      if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) return transformed.then(value => handleCodecTxResult(result, value, def.out, ctx));
        return handleCodecTxResult(result, transformed, def.out, ctx);
      } else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) return transformed.then(value => handleCodecTxResult(result, value, def.in, ctx));
        return handleCodecTxResult(result, transformed, def.in, ctx);
      }
    }
    function handleCodecTxResult(left, value, nextSchema, ctx) {
      // Check if transform added any issues
      if (left.issues.length) {
        left.aborted = true;
        return left;
      }
      return nextSchema._zod.run({
        value: value,
        issues: left.issues
      }, ctx);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodPreprocess", (inst, def) => {
      $ZodPipe.init(inst, def);
    });
    const $ZodReadonly =  $constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "propValues", zod => zod.def.innerType._zod.propValues);
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      defineLazyInternal(inst, "optin", zod => zod.def.innerType?._zod?.optin);
      defineLazyInternal(inst, "optout", zod => zod.def.innerType?._zod?.optout);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(handleReadonlyResult);
        return handleReadonlyResult(result);
      };
    });
    function handleReadonlyResult(payload) {
      // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
      if (!payload.memo) payload.value = Object.freeze(payload.value);
      return payload;
    }
    // a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
        function leafPattern(schema) {
      const def = schema._zod.def;
      let pattern = def.pattern;
      let isInt = !!def.format?.includes("int");
      let minimum;
      let maximum;
      for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern) pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== void 0 && (minimum === void 0 || lo > minimum)) minimum = lo;
        if (hi !== void 0 && (maximum === void 0 || hi < maximum)) maximum = hi;
      }
      if (pattern) return pattern.source;
      // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
            if (minimum !== void 0 && maximum !== void 0 && minimum > maximum) return "(?!)";
      if (minimum !== void 0 || maximum !== void 0) return regexes.string({
        minimum: minimum,
        maximum: maximum
      }).source;
      const own = schema._zod.pattern;
      return (isInt && own === regexes.number ? regexes.integer : own)?.source;
    }
    // a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
        function partPattern(schema) {
      const def = schema._zod.def;
      const own = schema._zod.pattern?.source;
      // lazy resolves its inner on the internals, not the def
            const inner = def.innerType ?? schema._zod.innerType;
      if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        return own;
      }
      if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean)) return `^(${sources.map(s => util.cleanRegex(s)).join("|")})$`;
      }
      return leafPattern(schema);
    }
     /* unused pure expression or super */ null && core.$constructor("$ZodTemplateLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const regexParts = [];
      for (const part of def.parts) if (typeof part === "object" && part !== null) {
        // is Zod schema
        const source = partPattern(part);
        if (!source) throw new Error(`Invalid template literal part, no pattern found: ${[ ...part._zod.traits ].shift()}`);
        regexParts.push(util.cleanRegex(source));
      } else if (part === null || util.primitiveTypes.has(typeof part)) regexParts.push(util.escapeRegex(`${part}`)); else throw new Error(`Invalid template literal part: ${part}`);
      inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
      inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
          payload.issues.push({
            input: payload.value,
            inst: inst,
            expected: "string",
            code: "invalid_type"
          });
          return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
          payload.issues.push({
            input: payload.value,
            inst: inst,
            code: "invalid_format",
            format: def.format ?? "template_literal",
            pattern: inst._zod.pattern.source
          });
          return payload;
        }
        return payload;
      };
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodFunction", (inst, def) => {
      $ZodType.init(inst, def);
      // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
            Object.defineProperty(inst, "_def", {
        value: def
      });
      inst._zod.def = def;
      inst.implement = func => {
        if (typeof func !== "function") throw new Error("implement() must be called with a function");
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
                return Object.defineProperty(function(...args) {
          const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
          const result = Reflect.apply(func, this, parsedArgs);
          if (inst._def.output) return parse(inst._def.output, result);
          return result;
        }, "_zod", {
          value: inst._zod,
          enumerable: false
        });
      };
      inst.implementAsync = func => {
        if (typeof func !== "function") throw new Error("implementAsync() must be called with a function");
        return Object.defineProperty(async function(...args) {
          const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
          const result = await Reflect.apply(func, this, parsedArgs);
          if (inst._def.output) return await parseAsync(inst._def.output, result);
          return result;
        }, "_zod", {
          value: inst._zod,
          enumerable: false
        });
      };
      inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
          payload.issues.push({
            code: "invalid_type",
            expected: "function",
            input: payload.value,
            inst: inst
          });
          return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
                const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) payload.value = inst.implementAsync(payload.value); else payload.value = inst.implement(payload.value);
        return payload;
      };
      inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) return new F({
          type: "function",
          input: new $ZodTuple({
            type: "tuple",
            items: args[0],
            rest: args[1]
          }),
          output: inst._def.output
        });
        return new F({
          type: "function",
          input: args[0],
          output: inst._def.output
        });
      };
      inst.output = output => {
        const F = inst.constructor;
        return new F({
          type: "function",
          input: inst._def.input,
          output: output
        });
      };
      return inst;
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodPromise", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, ctx) => Promise.resolve(payload.value).then(inner => def.innerType._zod.run({
        value: inner,
        issues: []
      }, ctx));
    });
     /* unused pure expression or super */ null && core.$constructor("$ZodLazy", (inst, def) => {
      $ZodType.init(inst, def);
      // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
            util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner) d._cachedInner = def.getter();
        return d._cachedInner;
      });
      util.defineLazyInternal(inst, "pattern", zod => zod.innerType?._zod?.pattern);
      util.defineLazyInternal(inst, "propValues", zod => zod.innerType?._zod?.propValues);
      util.defineLazyInternal(inst, "optin", zod => zod.innerType?._zod?.optin ?? void 0);
      util.defineLazyInternal(inst, "optout", zod => zod.innerType?._zod?.optout ?? void 0);
      inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
      };
    });
    const $ZodCustom =  $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => payload;
      inst._zod.check = payload => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) return r.then(r => handleRefineResult(r, payload, input, inst));
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
    function handleRefineResult(result, payload, input, inst) {
      if (!result) {
        const _iss = {
          code: "custom",
          input: input,
          inst: inst,
          // incorporates params.error into issue reporting
          path: [ ...inst._zod.def.path ?? [] ],
          // incorporates params.error into issue reporting
          continue: !inst._zod.def.abort
        };
        if (inst._zod.def.params) _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
      }
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
    var registries_a;
     /* unused pure expression or super */ null && Symbol("ZodOutput");
     /* unused pure expression or super */ null && Symbol("ZodInput");
    class $ZodRegistry {
      constructor() {
        this._map = new WeakMap;
        this._idmap = new Map;
      }
      add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
        return this;
      }
      clear() {
        this._map = new WeakMap;
        this._idmap = new Map;
        return this;
      }
      remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
          const pm = {
            ...this.get(p) ?? {}
          };
          delete pm.id;
 // do not inherit id
                    const f = {
            ...pm,
            ...this._map.get(schema)
          };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    }
    // registries
        function registry() {
      return new $ZodRegistry;
    }
    (registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
    const globalRegistry = globalThis.__zod_globalRegistry;
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js
    function snapshotChecks(def) {
      if (def.checks) def.checks = [ ...def.checks ];
      return def;
    }
    // @__NO_SIDE_EFFECTS__
        function _string(Class, params) {
      return new Class(snapshotChecks({
        type: "string",
        ...normalizeParams(params)
      }));
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _email(Class, params) {
      return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _guid(Class, params) {
      return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _uuid(Class, params) {
      return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _uuidv4(Class, params) {
      return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _uuidv6(Class, params) {
      return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _uuidv7(Class, params) {
      return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _url(Class, params) {
      return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function api_emoji(Class, params) {
      return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _nanoid(Class, params) {
      return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    /**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
    // @__NO_SIDE_EFFECTS__
        function _cuid(Class, params) {
      return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _cuid2(Class, params) {
      return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _ulid(Class, params) {
      return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _xid(Class, params) {
      return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _ksuid(Class, params) {
      return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _ipv4(Class, params) {
      return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _ipv6(Class, params) {
      return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _cidrv4(Class, params) {
      return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _cidrv6(Class, params) {
      return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _base64(Class, params) {
      return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _base64url(Class, params) {
      return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _e164(Class, params) {
      return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _jwt(Class, params) {
      return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
    function _isoDateTime(Class, params) {
      return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _isoDate(Class, params) {
      return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _isoTime(Class, params) {
      return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _isoDuration(Class, params) {
      return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _unknown(Class) {
      return new Class({
        type: "unknown"
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _never(Class, params) {
      return new Class({
        type: "never",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _lt(value, params) {
      return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value: value,
        inclusive: false
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _lte(value, params) {
      return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value: value,
        inclusive: true
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _gt(value, params) {
      return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value: value,
        inclusive: false
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _gte(value, params) {
      return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value: value,
        inclusive: true
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _multipleOf(value, params) {
      return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value: value
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _maxLength(maximum, params) {
      const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum: maximum
      });
      return ch;
    }
    // @__NO_SIDE_EFFECTS__
        function _minLength(minimum, params) {
      return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum: minimum
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _length(length, params) {
      return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length: length
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _regex(pattern, params) {
      return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern: pattern
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _lowercase(params) {
      return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _uppercase(params) {
      return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _includes(includes, params) {
      return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes: includes
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _startsWith(prefix, params) {
      return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix: prefix
      });
    }
    // @__NO_SIDE_EFFECTS__
        function _endsWith(suffix, params) {
      return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix: suffix
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _overwrite(tx) {
      return new $ZodCheckOverwrite({
        check: "overwrite",
        tx: tx
      });
    }
    // normalize
    // @__NO_SIDE_EFFECTS__
        function _normalize(form) {
      return _overwrite(input => input.normalize(form));
    }
    // trim
    // @__NO_SIDE_EFFECTS__
        function _trim() {
      return _overwrite(input => input.trim());
    }
    // toLowerCase
    // @__NO_SIDE_EFFECTS__
        function _toLowerCase() {
      return _overwrite(input => input.toLowerCase());
    }
    // toUpperCase
    // @__NO_SIDE_EFFECTS__
        function _toUpperCase() {
      return _overwrite(input => input.toUpperCase());
    }
    // slugify
    // @__NO_SIDE_EFFECTS__
        function _slugify() {
      return _overwrite(input => slugify(input));
    }
    // @__NO_SIDE_EFFECTS__
        function _array(Class, element, params) {
      return new Class({
        type: "array",
        element: element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        // same as _custom but defaults to abort:false
    // @__NO_SIDE_EFFECTS__
    function _refine(Class, fn, _params) {
      const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params)
      });
      return schema;
    }
    // @__NO_SIDE_EFFECTS__
        function _superRefine(fn, params) {
      const ch = _check(payload => {
        payload.addIssue = issue => {
          if (typeof issue === "string") payload.issues.push(util_issue(issue, payload.value, ch._zod.def)); else {
            // for Zod 3 backwards compatibility
            const _issue = issue;
            if (_issue.fatal) _issue.continue = false;
            _issue.code ?? (_issue.code = "custom");
            if (!("input" in _issue)) _issue.input = payload.value;
            _issue.inst ?? (_issue.inst = ch);
            _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
 // abort is always undefined, so this is always true...
                        payload.issues.push(util_issue(_issue));
          }
        };
        return fn(payload.value, payload);
      }, params);
      return ch;
    }
    // @__NO_SIDE_EFFECTS__
        function _check(fn, params) {
      const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params)
      });
      ch._zod.check = fn;
      return ch;
    }
    // @__NO_SIDE_EFFECTS__
        // CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js
    function assignProps(target, ...sources) {
      for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) util_assignProp(target, key, source[key]);
      return target;
    }
    // function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
    //   return {
    //     processor: inputs.processor,
    //     metadataRegistry: inputs.metadata ?? globalRegistry,
    //     target: inputs.target ?? "draft-2020-12",
    //     unrepresentable: inputs.unrepresentable ?? "throw",
    //   };
    // }
        function to_json_schema_initializeContext(params) {
      // Normalize target: convert old non-hyphenated versions to hyphenated versions
      let target = params?.target ?? "draft-2020-12";
      if (target === "draft-4") target = "draft-04";
      if (target === "draft-7") target = "draft-07";
      return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target: target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => {}),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map,
        sharedDefsExtractedFor: void 0,
        sharedEmitDoneFor: void 0,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? void 0
      };
    }
    /**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */    function handleUnrepresentable(schema, ctx, json, params, message) {
      const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
        zodSchema: schema,
        path: params.path,
        message: message
      }) : ctx.unrepresentable;
      if (result === "any") return false;
      if (result === void 0 || result === "throw") throw new Error(message);
      Object.assign(json, result);
      return true;
    }
    // never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
        function to_json_schema_processSchema(schema, ctx, _params = {
      path: [],
      schemaPath: []
    }) {
      var _a;
      const def = schema._zod.def;
      // check for schema in seens
            const seen = ctx.seen.get(schema);
      if (seen) {
        seen.count++;
        // check if cycle
                const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) seen.cycle = _params.path;
        return seen.schema;
      }
      // initialize
            const result = {
        schema: {},
        count: 1,
        cycle: void 0,
        path: _params.path
      };
      ctx.seen.set(schema, result);
      ctx.sharedDefsExtractedFor = void 0;
      ctx.sharedEmitDoneFor = void 0;
      // custom method overrides default behavior
            const overrideSchema = schema._zod.toJSONSchema?.();
      if (overrideSchema) result.schema = overrideSchema; else {
        const params = {
          ..._params,
          schemaPath: [ ..._params.schemaPath, schema ],
          path: _params.path
        };
        if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params); else {
          const _json = result.schema;
          const processor = ctx.processors[def.type];
          if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
          processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
          // Also set ref if processor didn't (for inheritance)
          if (!result.ref) result.ref = parent;
          to_json_schema_processSchema(parent, ctx, params);
          ctx.seen.get(parent).isParent = true;
        }
      }
      // metadata
            const meta = ctx.metadataRegistry.get(schema);
      if (meta) assignProps(result.schema, meta);
      if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
      }
      // set prefault as default
            if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
      delete result.schema._prefault;
      // pulling fresh from ctx.seen in case it was overwritten
            const _result = ctx.seen.get(schema);
      return _result.schema;
    }
    /** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */
    // Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
        function encodeJSONPointerSegment(segment) {
      return segment.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    function to_json_schema_extractDefs(ctx, schema) {
      // iterate over seen map;
      const root = ctx.seen.get(schema);
      if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
      // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
            if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
      // Track ids to detect duplicates across different schemas
            const idToSchema = new Map;
      for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
          const existing = idToSchema.get(id);
          if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
          idToSchema.set(id, entry[0]);
        }
      }
      // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
            const makeURI = entry => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
          const externalId = ctx.external.registry.get(entry[0])?.id;
 // ?? "__shared";// `__schema${ctx.counter++}`;
          // check if schema is in the external registry
                    const uriGenerator = ctx.external.uri ?? (id => id);
          if (externalId) return {
            ref: uriGenerator(externalId)
          };
          // otherwise, add to __shared
                    const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
          entry[1].defId = id;
 // set defId so it will be reused if needed
                    return {
            defId: id,
            ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
          };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
                if (entry[1] === root && !entry[1].schema.id) return {
          ref: uriPrefix
        };
        // self-contained schema
                const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return {
          defId: defId,
          ref: defUriPrefix + encodeJSONPointerSegment(defId)
        };
      };
      // stored cached version in `def` property remove all properties, set $ref
            const extractToDef = entry => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) return;
        const seen = entry[1];
        const {ref: ref, defId: defId} = makeURI(entry);
        seen.def = {
          ...seen.schema
        };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
                if (defId) seen.defId = defId;
        // wipe away all properties except $ref
                const schema = seen.schema;
        for (const key in schema) delete schema[key];
        schema.$ref = ref;
      };
      // throw on cycles
      // break cycles
            if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        if (seen.cycle) throw new Error("Cycle detected: " + `#/${seen.cycle?.join("/")}/<root>` + '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
      }
      // extract schemas into $defs
            for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
                if (schema === entry[0]) {
          extractToDef(entry);
 // this has special handling for the root schema
                    continue;
        }
        // extract schemas that are in the external registry
                if (ctx.external) {
          const ext = ctx.external.registry.get(entry[0])?.id;
          if (schema !== entry[0] && ext) {
            extractToDef(entry);
            continue;
          }
        }
        // extract schemas with `id` meta
                const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
          extractToDef(entry);
          continue;
        }
        // break cycles
                if (seen.cycle) {
          // any
          extractToDef(entry);
          continue;
        }
        // extract reused schemas
                if (seen.count > 1) if (ctx.reused === "ref") extractToDef(entry);
      }
      if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
    }
    /** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */    function compactTypeUnion(schema) {
      const options = schema.anyOf;
      if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
      const types = [];
      for (const option of options) {
        if (!option || typeof option !== "object") return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
                compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type") return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [ type ]) {
          if (typeof member !== "string") return;
          if (!types.includes(member)) types.push(member);
        }
      }
      delete schema.anyOf;
      // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
            schema.type = types.length === 1 ? types[0] : types;
    }
    /** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */    const FOLDABLE_KEYS = new Set([ "type", "properties", "required", "additionalProperties" ]);
    const UNION_KEYS = [ "oneOf", "anyOf" ];
    /** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */    function undeclaredConstraint(member) {
      const extra = member.additionalProperties;
      if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
      return Object.keys(extra).length ? extra : null;
    }
    /** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */    function foldObjects(members) {
      const objects = [];
      for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object") return null;
        for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
        objects.push(member);
      }
      const properties = {};
      const required = new Set;
      for (const object of objects) {
        for (const key in object.properties) {
          // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
          if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
          // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
                    const parts = [];
          for (const other of objects) {
            const part = other.properties?.[key] ?? undeclaredConstraint(other);
            if (part === null || part === void 0) continue;
            if (!parts.some(seen => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
          }
          const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? {
            allOf: parts
          };
          util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? []) required.add(key);
      }
      const folded = {
        type: "object",
        properties: properties
      };
      if (required.size) folded.required = [ ...required ];
      // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
            if (objects.every(object => object.additionalProperties === false)) folded.additionalProperties = false; else {
        const constraints = [];
        for (const object of objects) {
          const constraint = undeclaredConstraint(object);
          if (constraint && !constraints.some(seen => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
        }
        if (constraints.length === 1) folded.additionalProperties = constraints[0]; else if (constraints.length > 1) folded.additionalProperties = {
          allOf: constraints
        };
      }
      return folded;
    }
    /** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */    function foldIntersection(json) {
      const allOf = json.allOf;
      if (!Array.isArray(allOf) || allOf.length < 2) return;
      // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
            for (const key of FOLDABLE_KEYS) if (key in json) return;
      // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
            const unions = allOf.filter(m => UNION_KEYS.some(k => Array.isArray(m[k])));
      let folded = null;
      if (!unions.length) folded = foldObjects(allOf); else {
        const union = unions[0];
        const keyword = UNION_KEYS.find(k => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1) return;
        const rest = allOf.filter(m => m !== union);
        const branches = union[keyword].map(branch => foldObjects([ ...rest, branch ]));
        if (branches.some(b => !b)) return;
        folded = {
          [keyword]: branches
        };
      }
      if (!folded) return;
      delete json.allOf;
      assignProps(json, folded);
    }
    function to_json_schema_finalize(ctx, schema) {
      const root = ctx.seen.get(schema);
      if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
      // flatten refs - inherit properties from parent schemas
            const flattenRef = zodSchema => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
                if (seen.ref === null) return;
        const schema = seen.def ?? seen.schema;
        const _cached = {
          ...schema
        };
        const ref = seen.ref;
        seen.ref = null;
 // prevent infinite recursion
                if (ref) {
          flattenRef(ref);
          const refSeen = ctx.seen.get(ref);
          const refSchema = refSeen.schema;
          // merge referenced schema into current
                    if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
            // older drafts can't combine $ref with other properties
            schema.allOf = schema.allOf ?? [];
            schema.allOf.push(refSchema);
          } else assignProps(schema, refSchema);
          // restore child's own properties (child wins)
                    assignProps(schema, _cached);
          const isParentRef = zodSchema._zod.parent === ref;
          // For parent chain, child is a refinement - remove parent-only properties
                    if (isParentRef) for (const key in schema) {
            if (key === "$ref" || key === "allOf") continue;
            if (!(key in _cached)) delete schema[key];
          }
          // When ref was extracted to $defs, remove properties that match the definition
                    if (refSchema.$ref && refSeen.def) for (const key in schema) {
            if (key === "$ref" || key === "allOf") continue;
            if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
          }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
                const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
          // Ensure parent is processed first so its def has inherited properties
          flattenRef(parent);
          const parentSeen = ctx.seen.get(parent);
          if (parentSeen?.schema.$ref) {
            schema.$ref = parentSeen.schema.$ref;
            // De-duplicate with parent's definition
                        if (parentSeen.def) for (const key in schema) {
              if (key === "$ref" || key === "allOf") continue;
              if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
            }
          }
        }
        // execute overrides
                ctx.override({
          zodSchema: zodSchema,
          jsonSchema: schema,
          path: seen.path ?? []
        });
      };
      // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
            if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [ ...ctx.seen.entries() ].reverse()) flattenRef(entry[0]);
        if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
        for (const rewrite of ctx.deferred) rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
                if (ctx.intersections.length) {
          const carriers = new Map;
          for (const seen of ctx.seen.values()) for (const json of [ seen.schema, seen.def ]) {
            const allOf = json?.allOf;
            if (!Array.isArray(allOf)) continue;
            const existing = carriers.get(allOf);
            if (existing) existing.push(json); else carriers.set(allOf, [ json ]);
          }
          for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
        }
      }
      const result = {};
      if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema"; else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#"; else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#"; else if (ctx.target === "openapi-3.0") ;
      if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id) throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
      }
      // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
            assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
      // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
            const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
      if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
      // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
            const defs = ctx.external?.defs ?? {};
      if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        if (seen.def && seen.defId) {
          if (seen.def.id === seen.defId) delete seen.def.id;
          util_assignProp(defs, seen.defId, seen.def);
        }
      }
      if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
      // set definitions in result
            if (ctx.external) ; else if (Object.keys(defs).length > 0) if (ctx.target === "draft-2020-12") result.$defs = defs; else result.definitions = defs;
      try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
          value: {
            ...schema["~standard"],
            jsonSchema: {
              input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
              output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
            }
          },
          enumerable: false,
          writable: false
        });
        return finalized;
      } catch (_err) {
        throw new Error("Error converting schema to JSON.");
      }
    }
    function isTransforming(_schema, _ctx) {
      const ctx = _ctx ?? {
        seen: new Set
      };
      if (ctx.seen.has(_schema)) return false;
      ctx.seen.add(_schema);
      const def = _schema._zod.def;
      if (def.type === "transform") return true;
      if (def.type === "array") return isTransforming(def.element, ctx);
      if (def.type === "set") return isTransforming(def.valueType, ctx);
      if (def.type === "lazy") return isTransforming(def.getter(), ctx);
      if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
      if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
      if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
      if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec")) return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
      }
      if (def.type === "object") {
        for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
        return false;
      }
      if (def.type === "union") {
        for (const option of def.options) if (isTransforming(option, ctx)) return true;
        return false;
      }
      if (def.type === "tuple") {
        for (const item of def.items) if (isTransforming(item, ctx)) return true;
        if (def.rest && isTransforming(def.rest, ctx)) return true;
        return false;
      }
      return false;
    }
    /**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */    const createToJSONSchemaMethod = (schema, processors = {}) => params => {
      const ctx = to_json_schema_initializeContext({
        ...params,
        processors: processors
      });
      to_json_schema_processSchema(schema, ctx);
      to_json_schema_extractDefs(ctx, schema);
      return to_json_schema_finalize(ctx, schema);
    };
    const createStandardJSONSchemaMethod = (schema, io, processors = {}) => params => {
      const {libraryOptions: libraryOptions, target: target} = params ?? {};
      const ctx = to_json_schema_initializeContext({
        ...libraryOptions ?? {},
        target: target,
        io: io,
        processors: processors
      });
      to_json_schema_processSchema(schema, ctx);
      to_json_schema_extractDefs(ctx, schema);
      return to_json_schema_finalize(ctx, schema);
    };
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
    const narrowMin = (agg, key, value) => {
      if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
    };
    const narrowMax = (agg, key, value) => {
      if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
    };
    const narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value);
      narrowMax(agg, "maximum", value);
    };
    const addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []);
      if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
    };
    const addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = new Set);
      agg.patterns.add(pattern);
    };
    const intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter(m => mime.includes(m)) : [ ...mime ];
    };
    // last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
        const setFormat = (agg, format) => {
      agg.format = format;
      if (format.includes("int")) agg.isInt = true;
    };
    const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
    const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
    const formatContributor = ranges => (agg, def) => {
      setFormat(agg, def.format);
      const [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum);
      narrowMax(agg, "maximum", maximum);
    };
    const contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern) addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
        if (def.local || def.precision === -1) agg.laxFormat = true;
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    function aggregateChecks(schema) {
      const agg = {};
      const def = schema._zod.def;
      // a format schema is its own first check, same rule as $ZodType init
            const list = schema._zod.traits.has("$ZodCheck") ? [ schema, ...def.checks ?? [] ] : def.checks ?? [];
      for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
      // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
            const bag = schema._zod.bag;
      if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
      if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
      if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
      if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
      if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
      if (bag.format !== void 0) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int")) agg.isInt = true;
      }
      if (bag.mime) intersectMime(agg, bag.mime);
      for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
      return agg;
    }
    const formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
    };
    // ==================== SIMPLE TYPE PROCESSORS ====================
    // the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
        const exactPatterns = new Map([ [ base64Charset, base64 ], [ base64urlCharset, base64url ] ]);
    const exactPattern = p => exactPatterns.get(p) ?? p;
    const stringProcessor = (schema, ctx, _json, _params) => {
      const json = _json;
      json.type = "string";
      const {minimum: minimum, maximum: maximum, format: format, patterns: patterns, contentEncoding: contentEncoding, laxFormat: laxFormat} = aggregateChecks(schema);
      if (typeof minimum === "number") json.minLength = minimum;
      if (typeof maximum === "number") json.maxLength = maximum;
      // custom pattern overrides format
            if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "") delete json.format;
 // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
                if (format === "time" || laxFormat) delete json.format;
      }
      if (contentEncoding) json.contentEncoding = contentEncoding;
      if (patterns && patterns.size > 0) {
        const patternList = [ ...patterns ].map(exactPattern);
        if (patternList.length === 1) json.pattern = patternList[0].source; else if (patternList.length > 1) json.allOf = [ ...patternList.map(regex => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? {
            type: "string"
          } : {},
          pattern: regex.source
        })) ];
      }
    };
    const bigintProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
    };
    const neverProcessor = (_schema, _ctx, json, _params) => {
      json.not = {};
    };
    const unknownProcessor = (_schema, _ctx, _json, _params) => {};
    const enumProcessor = (schema, _ctx, json, _params) => {
      const def = schema._zod.def;
      const values = getEnumValues(def.entries);
      // an empty enum accepts nothing, same as z.never()
            if (values.length === 0) {
        json.not = {};
        return;
      }
      // Number enums can have both string and number values
            if (values.every(v => typeof v === "number")) json.type = "number";
      if (values.every(v => typeof v === "string")) json.type = "string";
      json.enum = values;
    };
    const literalProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      // a literal with no values accepts nothing, same as z.never()
            if (def.values.length === 0) {
        json.not = {};
        return;
      }
      const vals = [];
      for (const val of def.values) if (val === void 0) {
        // a custom schema replaces the whole literal, so there is nothing left to accumulate
        if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
        // otherwise do not add to vals
            } else if (typeof val === "bigint") {
        if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
        vals.push(Number(val));
      } else vals.push(val);
      if (vals.length === 0) ; else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [ val ]; else json.const = val;
      } else {
        if (vals.every(v => typeof v === "number")) json.type = "number";
        if (vals.every(v => typeof v === "string")) json.type = "string";
        if (vals.every(v => typeof v === "boolean")) json.type = "boolean";
        if (vals.every(v => v === null)) json.type = "null";
        json.enum = vals;
      }
    };
    const customProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
    };
    const transformProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
    };
    // ==================== COMPOSITE TYPE PROCESSORS ====================
    const arrayProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const {minimum: minimum, maximum: maximum} = aggregateChecks(schema);
      if (typeof minimum === "number") json.minItems = minimum;
      if (typeof maximum === "number") json.maxItems = maximum;
      json.type = "array";
      json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [ ...params.path, "items" ]
      });
    };
    // Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
    // absent key, but their declared input type stays required. An input JSON Schema describes the
    // declared type, so resolve past them to the schema that actually carries the optionality.
    // Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
    // wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
        function inputOptin(schema) {
      const def = schema._zod.def;
      if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
      if (def.type === "catch") return inputOptin(def.innerType);
      return schema._zod.optin;
    }
    const objectProcessor = (schema, ctx, _json, params) => {
      const json = _json;
      const def = schema._zod.def;
      const shape = def.shape;
      // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
            const symbolKeys = Object.getOwnPropertySymbols(shape);
      if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
      json.type = "object";
      json.properties = {};
      for (const key in shape) 
      // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
      util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
        ...params,
        path: [ ...params.path, "properties", key ]
      }));
      // required keys
            const requiredKeys = [];
      for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
      }
      if (requiredKeys.length > 0) json.required = requiredKeys;
      // catchall
            if (def.catchall?._zod.def.type === "never") 
      // strict
      json.additionalProperties = false; else if (!def.catchall) {
        // regular
        if (ctx.io === "output") json.additionalProperties = false;
      } else if (def.catchall) json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
        ...params,
        path: [ ...params.path, "additionalProperties" ]
      });
    };
    const unionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
            const isExclusive = def.inclusive === false;
      const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [ ...params.path, isExclusive ? "oneOf" : "anyOf", i ]
      }));
      if (isExclusive) json.oneOf = options; else json.anyOf = options;
    };
    const intersectionProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [ ...params.path, "allOf", 0 ]
      });
      const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [ ...params.path, "allOf", 1 ]
      });
      const isSimpleIntersection = val => "allOf" in val && Object.keys(val).length === 1;
      const allOf = [ ...isSimpleIntersection(a) ? a.allOf : [ a ], ...isSimpleIntersection(b) ? b.allOf : [ b ] ];
      json.allOf = allOf;
      // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
            ctx.intersections.push(allOf);
    };
    /** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
    new WeakMap;
    const nullableProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      const inner = to_json_schema_processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
      } else json.anyOf = [ inner, {
        type: "null"
      } ];
    };
    const nonoptionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      to_json_schema_processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
    /** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */    const UNREPRESENTABLE_DEFAULT = Symbol();
    function serializeDefaultValue(value, schema, ctx, json, params) {
      let unrepresentable = false;
      const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint") return val;
        unrepresentable = true;
        return null;
      });
      if (!unrepresentable) return JSON.parse(serialized);
      handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
      return UNREPRESENTABLE_DEFAULT;
    }
    const defaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      to_json_schema_processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
    };
    const prefaultProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      to_json_schema_processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      if (ctx.io !== "input") return;
      const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
    };
    const catchProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      to_json_schema_processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json.default = catchValue;
    };
    const pipeProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      const inIsTransform = def.in._zod.traits.has("$ZodTransform");
      const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      to_json_schema_processSchema(innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = innerType;
    };
    const readonlyProcessor = (schema, ctx, json, params) => {
      const def = schema._zod.def;
      to_json_schema_processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      json.readOnly = true;
    };
    const optionalProcessor = (schema, ctx, _json, params) => {
      const def = schema._zod.def;
      to_json_schema_processSchema(def.innerType, ctx, params);
      const seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    };
    // CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js
    const error = () => {
      const Sizable = {
        string: {
          unit: "characters",
          verb: "to have"
        },
        file: {
          unit: "bytes",
          verb: "to have"
        },
        array: {
          unit: "items",
          verb: "to have"
        },
        set: {
          unit: "items",
          verb: "to have"
        },
        map: {
          unit: "entries",
          verb: "to have"
        }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      };
      // type names: missing keys = do not translate (use raw value via ?? fallback)
            const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
      };
      function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
        return TypeDictionary[type] ?? type;
      }
      return issue => {
        switch (issue.code) {
         case "invalid_type":
          {
            const expected = getTypeName(issue.expected);
            const receivedType = parsedType(issue.input);
            const received = getTypeName(receivedType, issue.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }

         case "invalid_value":
          if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
          return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;

         case "too_big":
          {
            const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
            const sizing = getSizing(issue.origin);
            if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
            return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
          }

         case "too_small":
          {
            const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
            const sizing = getSizing(issue.origin);
            if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
            return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
          }

         case "invalid_format":
          {
            const _issue = issue;
            if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
            if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
            if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
            if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
            return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
          }

         case "not_multiple_of":
          return `Invalid number: must be a multiple of ${issue.divisor}`;

         case "unrecognized_keys":
          return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;

         case "invalid_key":
          return `Invalid key in ${issue.origin}`;

         case "invalid_union":
          if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
            const opts = issue.options.map(o => `'${o}'`).join(" | ");
            return `Invalid discriminator value. Expected ${opts}`;
          }
          if (issue.inclusive === false) return "Invalid input: more than one option matched";
          return "Invalid input";

         case "invalid_element":
          return `Invalid value in ${issue.origin}`;

         default:
          return `Invalid input`;
        }
      };
    };
    /* harmony default export */    function en() {
      return {
        localeError: error()
      };
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js
    /* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
    function _getMessage() {
      const internals = this._zod;
      internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
      return internals.message;
    }
    function _setMessage(value) {
      this._zod.message = value;
    }
    const _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    const _issuesDesc = {
      value: void 0,
      enumerable: false
    };
    /* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */    const _installedToString =  new WeakSet([ Object.prototype, Error.prototype ]);
    const initializer = (inst, def) => {
      inst.name = "$ZodError";
      // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
            _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      // Clear the shared slot; a retained `value` pins the last error's issues.
            _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", {
              value: value,
              configurable: true,
              writable: true
            });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", {
              value: value,
              configurable: true,
              writable: true
            });
          }
        });
      }
    };
    const $ZodError = $constructor("$ZodError", initializer);
    $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
    /** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */    function node(obj, key, make) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) if (key === "__proto__") Object.defineProperty(obj, key, {
        value: make(),
        writable: true,
        enumerable: true,
        configurable: true
      }); else obj[key] = make();
      return obj[key];
    }
    function flattenError(error, mapper = issue => issue.message) {
      const fieldErrors = {};
      const formErrors = [];
      for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub)); else formErrors.push(mapper(sub));
      return {
        formErrors: formErrors,
        fieldErrors: fieldErrors
      };
    }
    function formatError(error, mapper = issue => issue.message) {
      const fieldErrors = {
        _errors: []
      };
      const processError = (error, path = []) => {
        for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map(issues => processError({
          issues: issues
        }, [ ...path, ...issue.path ])); else if (issue.code === "invalid_key") processError({
          issues: issue.issues
        }, [ ...path, ...issue.path ]); else if (issue.code === "invalid_element") processError({
          issues: issue.issues
        }, [ ...path, ...issue.path ]); else {
          const fullpath = [ ...path, ...issue.path ];
          if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue)); else {
            let curr = fieldErrors;
            let i = 0;
            while (i < fullpath.length) {
              const el = fullpath[i];
              const terminal = i === fullpath.length - 1;
              // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                            if (el === "_errors") {
                if (terminal) curr._errors.push(mapper(issue));
                i++;
                continue;
              }
              // A path element may collide with an inherited property name such as
              // "__proto__" or "constructor". Truthiness checks read the prototype
              // (so no node is created, then ._errors.push throws), and bracket
              // assignment of "__proto__" hits the setter instead of creating an
              // own key. Guard the read with hasOwnProperty and create the node
              // with defineProperty so any path element becomes a real own key.
                            if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
                value: {
                  _errors: []
                },
                enumerable: true,
                writable: true,
                configurable: true
              });
              const node = curr[el];
              if (terminal) node._errors.push(mapper(issue));
              curr = node;
              i++;
            }
          }
        }
      };
      processError(error);
      return fieldErrors;
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js
    // Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
    function finalizeParams(callee, params) {
      return {
        callee: params?.callee ?? callee,
        Err: params?.Err
      };
    }
    const _parse = _Err => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? {
          ..._ctx,
          async: false
        } : {
          async: false
        };
        const result = schema._zod.run({
          value: value,
          issues: []
        }, ctx);
        if (result instanceof Promise) throw new $ZodAsyncError;
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    const _parseAsync = _Err => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? {
          ..._ctx,
          async: true
        } : {
          async: true
        };
        let result = schema._zod.run({
          value: value,
          issues: []
        }, ctx);
        if (result instanceof Promise) result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    const _safeParse = _Err => (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: false
      } : {
        async: false
      };
      const result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) throw new $ZodAsyncError;
      return result.issues.length ? failure(_Err, result.issues, ctx) : {
        success: true,
        data: result.value
      };
    };
    // the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
    function failure(Err, issues, ctx) {
      let error;
      return {
        success: false,
        get error() {
          if (!error) {
            error = new Err(issues.map(iss => finalizeIssue(iss, ctx, config())));
            // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                        issues = void 0;
            ctx = void 0;
          }
          return error;
        },
        set error(e) {
          error = e;
          // a replacement makes the getter's branch unreachable, so the captures have to go here too
                    issues = void 0;
          ctx = void 0;
        }
      };
    }
    const _safeParseAsync = _Err => async (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: true
      } : {
        async: true
      };
      let result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : {
        success: true,
        data: result.value
      };
    };
    // registry mirrors of the compiler's sentinels, so this module never imports the compiler
    const COMPILE_INVALID =  Symbol.for("zod.compile.invalid");
    const COMPILE_FALLBACK =  Symbol.for("zod.compile.fallback");
    // Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
        const validate = (schema, value, _ctx) => {
      const validator = schema._zod.bag.validator;
      if (validator !== void 0) {
        if (validator(value) !== COMPILE_INVALID) return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
                if (validator.definite === true && _ctx === void 0) return false;
      }
      return validateFallback(schema, value, _ctx);
    };
    function validateFallback(schema, value, _ctx) {
      const ctx = _ctx ? {
        ..._ctx,
        async: false,
        abortEarly: true
      } : {
        async: false,
        abortEarly: true
      };
      const fallbackRun = schema._zod.bag.fallbackRun;
      let result;
      if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({
          value: value,
          issues: []
        }, ctx);
      } else result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) throw new $ZodAsyncError;
      return result.issues.length === 0;
    }
    // no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
        const parse_validateAsync = async (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: true,
        abortEarly: true
      } : {
        async: true,
        abortEarly: true
      };
      let result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) result = await result;
      return result.issues.length === 0;
    };
    const _encode = _Err => {
      const parse = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? {
          ..._ctx,
          direction: "backward"
        } : {
          direction: "backward"
        };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    const _decode = _Err => {
      const parse = _parse(_Err);
      const fn = (schema, value, _ctx, _params) => parse(schema, value, _ctx, finalizeParams(fn, _params));
      return fn;
    };
    const _encodeAsync = _Err => {
      const parseAsync = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? {
          ..._ctx,
          direction: "backward"
        } : {
          direction: "backward"
        };
        return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    };
    const _decodeAsync = _Err => {
      const parseAsync = _parseAsync(_Err);
      const fn = async (schema, value, _ctx, _params) => await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
      return fn;
    };
    const _safeEncode = _Err => (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        direction: "backward"
      } : {
        direction: "backward"
      };
      return _safeParse(_Err)(schema, value, ctx);
    };
    const _safeDecode = _Err => (schema, value, _ctx) => _safeParse(_Err)(schema, value, _ctx);
    const _safeEncodeAsync = _Err => async (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        direction: "backward"
      } : {
        direction: "backward"
      };
      return _safeParseAsync(_Err)(schema, value, ctx);
    };
    const _safeDecodeAsync = _Err => async (schema, value, _ctx) => _safeParseAsync(_Err)(schema, value, _ctx);
    // CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js
    /* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
    const _installedErrorProtos =  new WeakSet([ Object.prototype, Error.prototype ]);
    /* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */    function _lazyMethod(proto, key, make) {
      Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
          const value = make(this);
          Object.defineProperty(this, key, {
            value: value,
            configurable: true,
            writable: true
          });
          return value;
        },
        set(value) {
          Object.defineProperty(this, key, {
            value: value,
            configurable: true,
            writable: true
          });
        }
      });
    }
    const errors_initializer = (inst, issues) => {
      $ZodError.init(inst, issues);
      inst.name = "ZodError";
      const proto = Object.getPrototypeOf(inst);
      if (_installedErrorProtos.has(proto)) return;
      _installedErrorProtos.add(proto);
      _lazyMethod(proto, "format", self => mapper => formatError(self, mapper));
      _lazyMethod(proto, "flatten", self => mapper => flattenError(self, mapper));
      _lazyMethod(proto, "addIssue", self => issue => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      _lazyMethod(proto, "addIssues", self => issues => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      });
      Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
          return this.issues.length === 0;
        }
      });
    };
     /* unused pure expression or super */ null && core.$constructor("ZodError", errors_initializer);
    const ZodRealError =  $constructor("ZodError", errors_initializer, void 0, {
      Parent: Error
    });
    // /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
    // export type ErrorMapCtx = core.$ZodErrorMapCtx;
        // CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js
    const classic_parse_parse =  _parse(ZodRealError);
    const classic_parse_parseAsync =  _parseAsync(ZodRealError);
    const parse_safeParse =  _safeParse(ZodRealError);
    const parse_safeParseAsync =  _safeParseAsync(ZodRealError);
    // Codec functions
        const parse_encode =  _encode(ZodRealError);
    const parse_decode =  _decode(ZodRealError);
    const parse_encodeAsync =  _encodeAsync(ZodRealError);
    const parse_decodeAsync =  _decodeAsync(ZodRealError);
    const parse_safeEncode =  _safeEncode(ZodRealError);
    const parse_safeDecode =  _safeDecode(ZodRealError);
    const parse_safeEncodeAsync =  _safeEncodeAsync(ZodRealError);
    const parse_safeDecodeAsync =  _safeDecodeAsync(ZodRealError);
    // CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js
    // Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
    function _ensureDefaultLocale() {
      if (!globalConfig.localeError) config(en());
    }
    // the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
        function _ensureDefaultMemoizer() {
      if (!globalConfig.memoizer) config({
        memoizer: memoizer()
      });
    }
    const ZodType =  $constructor("ZodType", (inst, def) => {
      _ensureDefaultLocale();
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
      return inst;
    }, {
      check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
          checks: [ ...def.checks ?? [], ...chks.map(ch => typeof ch === "function" ? {
            _zod: {
              check: ch,
              def: {
                check: "custom"
              },
              onattach: []
            }
          } : ch) ]
        }), {
          parent: true
        });
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta) {
        reg.add(this, meta);
        return this;
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([ this, arg ]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return schemas_default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return schemas_catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, {
          description: description
        });
        return cl;
      },
      meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0) return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output")
          }
        });
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      },
      parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, {
          callee: _parse
        });
      },
      parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, {
          callee: _parseAsync
        });
      },
      safeParse(data, params) {
        return parse_safeParse(this, data, params);
      },
      async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        own(this, "spa", value);
      },
      validate(data, params) {
        return validate(this, data, params);
      },
      validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
      },
      encode: function _encode(data, params) {
        return parse_encode(this, data, params, {
          callee: _encode
        });
      },
      decode: function _decode(data, params) {
        return parse_decode(this, data, params, {
          callee: _decode
        });
      },
      encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, {
          callee: _encodeAsync
        });
      },
      decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, {
          callee: _decodeAsync
        });
      },
      safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
      },
      safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      }
    });
    /** @internal */    const _ZodString =  $constructor("_ZodString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
    }, 
     derived({
      format: inst => aggregateChecks(inst).format ?? null,
      minLength: inst => aggregateChecks(inst).minimum ?? null,
      maxLength: inst => aggregateChecks(inst).maximum ?? null
    }, {
      regex(...args) {
        return this.check(_regex(...args));
      },
      includes(...args) {
        return this.check(_includes(...args));
      },
      startsWith(...args) {
        return this.check(_startsWith(...args));
      },
      endsWith(...args) {
        return this.check(_endsWith(...args));
      },
      min(...args) {
        return this.check(_minLength(...args));
      },
      max(...args) {
        return this.check(_maxLength(...args));
      },
      length(...args) {
        return this.check(_length(...args));
      },
      nonempty(...args) {
        return this.check(_minLength(1, ...args));
      },
      lowercase(params) {
        return this.check(_lowercase(params));
      },
      uppercase(params) {
        return this.check(_uppercase(params));
      },
      trim() {
        return this.check(_trim());
      },
      normalize(...args) {
        return this.check(_normalize(...args));
      },
      toLowerCase() {
        return this.check(_toLowerCase());
      },
      toUpperCase() {
        return this.check(_toUpperCase());
      },
      slugify() {
        return this.check(_slugify());
      }
    }));
    const ZodString =  $constructor("ZodString", (inst, def) => {
      $ZodString.init(inst, def);
      _ZodString.init(inst, def);
    }, {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      }
    });
    function schemas_string(params) {
      return _string(ZodString, params);
    }
    const ZodStringFormat =  $constructor("ZodStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      _ZodString.init(inst, def);
    });
    const ZodISODateTime =  $constructor("ZodISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodISODate =  $constructor("ZodISODate", (inst, def) => {
      $ZodISODate.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodISOTime =  $constructor("ZodISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodISODuration =  $constructor("ZodISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodEmail =  $constructor("ZodEmail", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodEmail.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodGUID =  $constructor("ZodGUID", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodGUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodUUID =  $constructor("ZodUUID", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodUUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodURL =  $constructor("ZodURL", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodURL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodEmoji =  $constructor("ZodEmoji", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodEmoji.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodNanoID =  $constructor("ZodNanoID", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodNanoID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    /**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
    const ZodCUID =  $constructor("ZodCUID", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodCUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    /**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */    const ZodCUID2 =  $constructor("ZodCUID2", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodCUID2.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodULID =  $constructor("ZodULID", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodULID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodXID =  $constructor("ZodXID", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodXID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodKSUID =  $constructor("ZodKSUID", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodKSUID.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodIPv4 =  $constructor("ZodIPv4", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodIPv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodMAC", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      core.$ZodMAC.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodIPv6 =  $constructor("ZodIPv6", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodIPv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodCIDRv4 =  $constructor("ZodCIDRv4", (inst, def) => {
      $ZodCIDRv4.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodCIDRv6 =  $constructor("ZodCIDRv6", (inst, def) => {
      $ZodCIDRv6.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodBase64 =  $constructor("ZodBase64", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodBase64.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodBase64URL =  $constructor("ZodBase64URL", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodBase64URL.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodE164 =  $constructor("ZodE164", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodE164.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodCreditCard", (inst, def) => {
      core.$ZodCreditCard.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodIBAN", (inst, def) => {
      core.$ZodIBAN.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
    const ZodJWT =  $constructor("ZodJWT", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      $ZodJWT.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodCustomStringFormat", (inst, def) => {
      // ZodStringFormat.init(inst, def);
      core.$ZodCustomStringFormat.init(inst, def);
      ZodStringFormat.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodBoolean", (inst, def) => {
      core.$ZodBoolean.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.booleanProcessor(inst, ctx, json, params);
    });
    const ZodBigInt =  $constructor("ZodBigInt", (inst, def) => {
      $ZodBigInt.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
    }, 
     derived({
      minValue: inst => aggregateChecks(inst).minimum ?? null,
      maxValue: inst => aggregateChecks(inst).maximum ?? null,
      format: inst => aggregateChecks(inst).format ?? null
    }, {
      gte(value, params) {
        return this.check(_gte(value, params));
      },
      min(value, params) {
        return this.check(_gte(value, params));
      },
      gt(value, params) {
        return this.check(_gt(value, params));
      },
      lt(value, params) {
        return this.check(_lt(value, params));
      },
      lte(value, params) {
        return this.check(_lte(value, params));
      },
      max(value, params) {
        return this.check(_lte(value, params));
      },
      positive(params) {
        return this.check(_gt(BigInt(0), params));
      },
      negative(params) {
        return this.check(_lt(BigInt(0), params));
      },
      nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
      },
      nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
      },
      multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
      }
    }));
     /* unused pure expression or super */ null && core.$constructor("ZodBigIntFormat", (inst, def) => {
      core.$ZodBigIntFormat.init(inst, def);
      ZodBigInt.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodSymbol", (inst, def) => {
      core.$ZodSymbol.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodUndefined", (inst, def) => {
      core.$ZodUndefined.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodNull", (inst, def) => {
      core.$ZodNull.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodAny", (inst, def) => {
      core.$ZodAny.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
    });
    const ZodUnknown =  $constructor("ZodUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
    });
    function unknown() {
      return _unknown(ZodUnknown);
    }
    const ZodNever =  $constructor("ZodNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
    });
    function never(params) {
      return _never(ZodNever, params);
    }
     /* unused pure expression or super */ null && core.$constructor("ZodVoid", (inst, def) => {
      core.$ZodVoid.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
    });
    const ZodArray =  $constructor("ZodArray", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodArray.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
      inst.element = def.element;
    }, {
      min(n, params) {
        return this.check(_minLength(n, params));
      },
      nonempty(params) {
        return this.check(_minLength(1, params));
      },
      max(n, params) {
        return this.check(_maxLength(n, params));
      },
      length(n, params) {
        return this.check(_length(n, params));
      },
      unwrap() {
        return this.element;
      }
    });
    function array(element, params) {
      return _array(ZodArray, element, params);
    }
    // .keyof
        const ZodObject =  $constructor("ZodObject", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodObjectJIT.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
      installLazyProp(inst, "shape", self => self._zod.def.shape, false);
    }, {
      keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
      },
      catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, {
          catchall: catchall
        }));
      },
      passthrough() {
        return this.clone(mergeDefs(this._zod.def, {
          catchall: unknown()
        }));
      },
      loose() {
        return this.clone(mergeDefs(this._zod.def, {
          catchall: unknown()
        }));
      },
      strict() {
        return this.clone(mergeDefs(this._zod.def, {
          catchall: never()
        }));
      },
      strip() {
        return this.clone(mergeDefs(this._zod.def, {
          catchall: void 0
        }));
      },
      extend(incoming) {
        return extend(this, incoming);
      },
      safeExtend(incoming) {
        return safeExtend(this, incoming);
      },
      merge(other) {
        return merge(this, other);
      },
      pick(mask) {
        return pick(this, mask);
      },
      omit(mask) {
        return omit(this, mask);
      },
      partial(...args) {
        return partial(ZodOptional, this, args[0]);
      },
      exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
      },
      required(...args) {
        return required(ZodNonOptional, this, args[0]);
      }
    });
    function object(shape, params) {
      const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params)
      };
      return new ZodObject(def);
    }
    // strictObject
        const ZodUnion =  $constructor("ZodUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
      inst.options = def.options;
    });
    function union(options, params) {
      return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params)
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodXor", (inst, def) => {
      ZodUnion.init(inst, def);
      core.$ZodXor.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
      inst.options = def.options;
    });
    /** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */    const ZodDiscriminatedUnion =  $constructor("ZodDiscriminatedUnion", (inst, def) => {
      ZodUnion.init(inst, def);
      $ZodDiscriminatedUnion.init(inst, def);
    });
    function discriminatedUnion(discriminator, options, params) {
      // const [options, params] = args;
      return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator: discriminator,
        ...normalizeParams(params)
      });
    }
    const ZodIntersection =  $constructor("ZodIntersection", (inst, def) => {
      $ZodIntersection.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
    });
    function intersection(left, right) {
      return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodRecord", (inst, def) => {
      _ensureDefaultMemoizer();
      core.$ZodRecord.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
      inst.keyType = def.keyType;
      inst.valueType = def.valueType;
    });
     /* unused pure expression or super */ null && core.$constructor("ZodMap", (inst, def) => {
      _ensureDefaultMemoizer();
      core.$ZodMap.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
      inst.keyType = def.keyType;
      inst.valueType = def.valueType;
      inst.min = (...args) => inst.check(core._minSize(...args));
      inst.nonempty = params => inst.check(core._minSize(1, params));
      inst.max = (...args) => inst.check(core._maxSize(...args));
      inst.size = (...args) => inst.check(core._size(...args));
    });
     /* unused pure expression or super */ null && core.$constructor("ZodSet", (inst, def) => {
      _ensureDefaultMemoizer();
      core.$ZodSet.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
      inst.min = (...args) => inst.check(core._minSize(...args));
      inst.nonempty = params => inst.check(core._minSize(1, params));
      inst.max = (...args) => inst.check(core._maxSize(...args));
      inst.size = (...args) => inst.check(core._size(...args));
    });
    const ZodEnum =  $constructor("ZodEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
      inst.enum = def.entries;
      // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
            inst.options = [ ...inst._zod.values ];
      const keys = new Set(Object.keys(def.entries));
      inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value]; else throw new Error(`Key ${value} not found in enum`);
        return new ZodEnum({
          ...def,
          checks: [],
          ...normalizeParams(params),
          entries: newEntries
        });
      };
      inst.exclude = (values, params) => {
        const newEntries = {
          ...def.entries
        };
        for (const value of values) if (keys.has(value)) delete newEntries[value]; else throw new Error(`Key ${value} not found in enum`);
        return new ZodEnum({
          ...def,
          checks: [],
          ...normalizeParams(params),
          entries: newEntries
        });
      };
    });
    function schemas_enum(values, params) {
      const entries = Array.isArray(values) ? Object.fromEntries(values.map(v => [ v, v ])) : values;
      return new ZodEnum({
        type: "enum",
        entries: entries,
        ...normalizeParams(params)
      });
    }
    /** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */    const ZodLiteral =  $constructor("ZodLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
      inst.values = new Set(def.values);
      Object.defineProperty(inst, "value", {
        get() {
          if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
          return def.values[0];
        }
      });
    });
    function literal(value, params) {
      return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [ value ],
        ...normalizeParams(params)
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodFile", (inst, def) => {
      core.$ZodFile.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
      inst.min = (size, params) => inst.check(core._minSize(size, params));
      inst.max = (size, params) => inst.check(core._maxSize(size, params));
      inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [ types ], params));
    });
    const ZodTransform =  $constructor("ZodTransform", (inst, def) => {
      _ensureDefaultMemoizer();
      $ZodTransform.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
      inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
        payload.addIssue = issue => {
          if (typeof issue === "string") payload.issues.push(util_issue(issue, payload.value, def)); else {
            // for Zod 3 backwards compatibility
            const _issue = issue;
            if (_issue.fatal) _issue.continue = false;
            _issue.code ?? (_issue.code = "custom");
            if (!("input" in _issue)) _issue.input = payload.value;
            _issue.inst ?? (_issue.inst = inst);
            // _issue.continue ??= true;
                        payload.issues.push(util_issue(_issue));
          }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) return output.then(output => {
          payload.value = output;
          return payload;
        });
        payload.value = output;
        return payload;
      };
    });
    function transform(fn) {
      return new ZodTransform({
        type: "transform",
        transform: fn
      });
    }
    const ZodOptional =  $constructor("ZodOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    function optional(innerType) {
      return new ZodOptional({
        type: "optional",
        innerType: innerType
      });
    }
    const ZodExactOptional =  $constructor("ZodExactOptional", (inst, def) => {
      $ZodExactOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    function exactOptional(innerType) {
      return new ZodExactOptional({
        type: "optional",
        innerType: innerType
      });
    }
    const ZodNullable =  $constructor("ZodNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    function nullable(innerType) {
      return new ZodNullable({
        type: "nullable",
        innerType: innerType
      });
    }
    // nullish
        const ZodDefault =  $constructor("ZodDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeDefault = inst.unwrap;
    });
    function schemas_default(innerType, defaultValue) {
      return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
          return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        }
      });
    }
    const ZodPrefault =  $constructor("ZodPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    function prefault(innerType, defaultValue) {
      return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
          return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        }
      });
    }
    const ZodNonOptional =  $constructor("ZodNonOptional", (inst, def) => {
      $ZodNonOptional.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    function nonoptional(innerType, params) {
      return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params)
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodSuccess", (inst, def) => {
      core.$ZodSuccess.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    const ZodCatch =  $constructor("ZodCatch", (inst, def) => {
      $ZodCatch.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
      inst.removeCatch = inst.unwrap;
    });
    function schemas_catch(innerType, catchValue) {
      return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodNaN", (inst, def) => {
      core.$ZodNaN.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
    });
    const ZodPipe =  $constructor("ZodPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
      inst.in = def.in;
      inst.out = def.out;
    });
    function pipe(in_, out) {
      return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodCodec", (inst, def) => {
      ZodPipe.init(inst, def);
      core.$ZodCodec.init(inst, def);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodPreprocess", (inst, def) => {
      ZodPipe.init(inst, def);
      core.$ZodPreprocess.init(inst, def);
    });
    const ZodReadonly =  $constructor("ZodReadonly", (inst, def) => {
      $ZodReadonly.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
    function readonly(innerType) {
      return new ZodReadonly({
        type: "readonly",
        innerType: innerType
      });
    }
     /* unused pure expression or super */ null && core.$constructor("ZodTemplateLiteral", (inst, def) => {
      core.$ZodTemplateLiteral.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
    });
     /* unused pure expression or super */ null && core.$constructor("ZodLazy", (inst, def) => {
      core.$ZodLazy.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.getter();
    });
     /* unused pure expression or super */ null && core.$constructor("ZodPromise", (inst, def) => {
      core.$ZodPromise.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
      inst.unwrap = () => inst._zod.def.innerType;
    });
     /* unused pure expression or super */ null && core.$constructor("ZodFunction", (inst, def) => {
      core.$ZodFunction.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
    });
    const ZodCustom =  $constructor("ZodCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodType.init(inst, def);
      inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
    });
    // custom checks
        function refine(fn, _params = {}) {
      return _refine(ZodCustom, fn, _params);
    }
    // superRefine
        function superRefine(fn, params) {
      return _superRefine(fn, params);
    }
    // Re-export describe and meta from core
        // CONCATENATED MODULE: ./src/config/inputs.ts
    // Action inputs as the runner passes them: every input is a string (INPUT_<NAME>), read trimmed;
    // an empty value takes the default restated here (a mocked or local getInput never sees action.yml
    // defaults). test/action-contract.test.ts keeps these names and defaults equal to action.yml.
    const INPUT_NAMES = [ "mode", "name", "node_type", "subnet_ids", "engine", "engine_version", "num_cache_clusters", "automatic_failover_enabled", "multi_az_enabled", "at_rest_encryption_enabled", "kms_key_id", "transit_encryption_enabled", "auth_token_enabled", "auth_token_rotate", "environment", "port", "allowed_security_group_ids", "allowed_cidr_blocks", "security_group_ids", "snapshot_retention_limit", "snapshot_window", "maintenance_window", "maxmemory_policy", "timeout", "tcp_keepalive", "maxmemory_samples", "notification_topic_arn", "log_retention_days", "apply_immediately", "tags", "ssm_prefix", "cache_db", "celery_db", "celery_result_db", "wait", "wait_timeout_minutes", "allow_public_subnets", "aws_region", "snapshot_name", "pr_comment", "verify_connection", "github_token", "dry_run", "final_snapshot", "keep_logs", "keep_snapshots", "preview_ttl_hours" ];
    /** The action.yml defaults, restated ('' = no default). test/action-contract.test.ts keeps them equal. */    const INPUT_DEFAULTS = {
      mode: "apply",
      name: "",
      node_type: "",
      subnet_ids: "",
      engine: "redis",
      engine_version: "7.1",
      num_cache_clusters: "2",
      automatic_failover_enabled: "true",
      multi_az_enabled: "true",
      at_rest_encryption_enabled: "true",
      kms_key_id: "",
      transit_encryption_enabled: "true",
      auth_token_enabled: "false",
      auth_token_rotate: "false",
      environment: "",
      port: "6379",
      allowed_security_group_ids: "",
      allowed_cidr_blocks: "",
      security_group_ids: "",
      snapshot_retention_limit: "7",
      snapshot_window: "03:00-04:00",
      maintenance_window: "sun:05:00-sun:06:00",
      maxmemory_policy: "allkeys-lru",
      timeout: "300",
      tcp_keepalive: "300",
      maxmemory_samples: "5",
      notification_topic_arn: "",
      log_retention_days: "30",
      apply_immediately: "true",
      tags: "",
      ssm_prefix: "",
      cache_db: "0",
      celery_db: "1",
      celery_result_db: "2",
      wait: "true",
      wait_timeout_minutes: "60",
      allow_public_subnets: "false",
      aws_region: "",
      snapshot_name: "",
      pr_comment: "",
      verify_connection: "",
      github_token: "",
      dry_run: "",
      final_snapshot: "",
      keep_logs: "",
      keep_snapshots: "",
      preview_ttl_hours: ""
    };
    /**
 * action.yml defaults that are workflow expressions: the runner evaluates them, so code that runs
 * without the runner (tests, local runs) falls back to '' (and, for the token, to $GITHUB_TOKEN).
 */    
    /**
 * Inputs that only some modes read, each with the modes that read it and its default there. They
 * have no default in action.yml (the runner would pass it to every mode), so a non-empty value is
 * one the workflow set.
 */
    const MODE_INPUTS = {
      snapshot_name: {
        modes: [ "apply", "plan" ],
        default: ""
      },
      pr_comment: {
        modes: [ "apply", "plan" ],
        default: "false"
      },
      verify_connection: {
        modes: [ "apply", "plan" ],
        default: "false"
      },
      dry_run: {
        modes: [ "destroy", "snapshot", "cleanup" ],
        default: "false"
      },
      final_snapshot: {
        modes: [ "destroy" ],
        default: "true"
      },
      keep_logs: {
        modes: [ "destroy", "cleanup" ],
        default: "false"
      },
      keep_snapshots: {
        modes: [ "snapshot" ],
        default: ""
      },
      preview_ttl_hours: {
        modes: [ "cleanup" ],
        default: ""
      }
    };
    const MAX_SHOWN_VALUE = 100;
    function shown(value) {
      const v = value.trim();
      return v.length <= MAX_SHOWN_VALUE ? v : `${v.slice(0, MAX_SHOWN_VALUE - 1)}…`;
    }
    /** `Input "num_cache_clusters" = "9": must be an integer from 1 to 6` */    function formatInputError(e) {
      return `Input "${e.input}" = ${JSON.stringify(shown(e.value))}: ${e.message}`;
    }
    /**
 * Read every input through `get` (e.g. core.getInput), trimmed; an empty value takes the default
 * from INPUT_DEFAULTS.
 */    function readInputs(get) {
      const raw = {};
      for (const name of INPUT_NAMES) {
        const value = (get(name) ?? "").trim();
        raw[name] = value === "" ? INPUT_DEFAULTS[name] : value;
      }
      return raw;
    }
    // CONCATENATED MODULE: ./src/config/types.ts
    // The validated input record of a run: one type per mode, parsed once from the action inputs
    // (names mirror action.yml). Modes share the rules of src/config/; see src/config/index.ts.
    const MAXMEMORY_POLICIES = [ "allkeys-lru", "volatile-lru", "allkeys-lfu", "volatile-lfu", "allkeys-random", "volatile-random", "volatile-ttl", "noeviction" ];
    // EXTERNAL MODULE: ./src/domain/engine.ts
        var engine = __nccwpck_require__(9548);
    // EXTERNAL MODULE: ./src/domain/node-types.ts
        var node_types = __nccwpck_require__(2090);
    // CONCATENATED MODULE: ./src/config/rules.ts
    // Field rules shared by every mode's schema. Each takes the trimmed input string and returns the
    // parsed value, or throws RuleError with a message that says what is valid.
    /** CloudWatch Logs' allowed retention values (days); 0 here means "never expire". */
    const LOG_RETENTION_DAYS = [ 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 ];
    const MAX_LIST_ITEMS = 50;
    class RuleError extends Error {}
    function fail(message) {
      throw new RuleError(message);
    }
    const BOOLEAN_TRUE = [ "true", "True", "TRUE" ];
    const BOOLEAN_FALSE = [ "false", "False", "FALSE" ];
    function bool(s) {
      if (BOOLEAN_TRUE.includes(s)) return true;
      if (BOOLEAN_FALSE.includes(s)) return false;
      return fail(`must be a boolean: one of ${[ ...BOOLEAN_TRUE, ...BOOLEAN_FALSE ].join(", ")}`);
    }
    function rules_int(min, max, note = "") {
      return s => {
        const n = /^\d+$/.test(s) ? Number(s) : NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) fail(`must be an integer from ${min} to ${max}${note ? ` (${note})` : ""}`);
        return n;
      };
    }
    function oneOf(values, what = "one of") {
      return s => {
        if (!values.includes(s)) fail(`must be ${what}: ${values.join(", ")}`);
        return s;
      };
    }
    function rules_required(what, rule) {
      return s => s === "" ? fail(`is required: ${what}`) : rule(s);
    }
    function rules_optional(rule) {
      return s => s === "" ? void 0 : rule(s);
    }
    /** Split on commas and newlines, trim, drop empties. */    function splitList(s) {
      return s.split(/[,\r\n]/).map(x => x.trim()).filter(x => x !== "");
    }
    function list(what, check, requiredWhat) {
      return s => {
        const items = splitList(s);
        if (requiredWhat && items.length === 0) fail(`is required: ${requiredWhat}`);
        if (items.length > MAX_LIST_ITEMS) fail(`must list at most ${MAX_LIST_ITEMS} ${what} (got ${items.length})`);
        const seen = new Set;
        for (const item of items) {
          const problem = check(item);
          if (problem) fail(problem);
          if (seen.has(item)) fail(`lists ${JSON.stringify(item)} more than once`);
          seen.add(item);
        }
        return items;
      };
    }
    const ID_HEX = "(?:[0-9a-f]{8}|[0-9a-f]{17})";
    const SUBNET_ID = new RegExp(`^subnet-${ID_HEX}$`);
    const SG_ID = new RegExp(`^sg-${ID_HEX}$`);
    const subnetList = list("subnet ids", id => SUBNET_ID.test(id) ? void 0 : `${JSON.stringify(id)} is not a subnet id (subnet- followed by 8 or 17 lowercase hex characters)`, "at least one private subnet id (subnet-…)");
    const sgList = list("security group ids", id => SG_ID.test(id) ? void 0 : `${JSON.stringify(id)} is not a security group id (sg- followed by 8 or 17 lowercase hex characters)`);
    /** Validate an IPv4 CIDR block; returns a problem description, or undefined when valid. */    function cidrProblem(cidr) {
      const q = JSON.stringify(cidr);
      if (cidr.includes(":")) return `${q} is an IPv6 block; only IPv4 CIDR blocks (a.b.c.d/n) are supported`;
      const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
      if (!m) return `${q} is not an IPv4 CIDR block (a.b.c.d/n, e.g. 10.0.0.0/16)`;
      const octets = [ m[1], m[2], m[3], m[4] ];
      if (octets.some(o => o.length > 1 && o.startsWith("0") || Number(o) > 255)) return `${q}: each octet must be 0-255 without leading zeros`;
      const bits = Number(m[5]);
      if (bits > 32 || m[5].length > 1 && m[5].startsWith("0")) return `${q}: the prefix length must be 0-32`;
      const ip = octets.reduce((acc, o) => acc * 256 + Number(o), 0);
      const size = 2 ** (32 - bits);
      const network = Math.floor(ip / size) * size;
      if (network !== ip) {
        const n = [ 24, 16, 8, 0 ].map(shift => Math.floor(network / 2 ** shift) % 256).join(".");
        return `${q} is not a network address (host bits are set); use ${n}/${bits}`;
      }
      return;
    }
    const cidrList = list("CIDR blocks", cidrProblem);
    const REPLICATION_GROUP_RULE = "1-40 letters, digits or hyphens, starting with a letter";
    function replicationGroupId(s) {
      if (s.length > 40) fail(`must be at most 40 characters (${REPLICATION_GROUP_RULE}); got ${s.length}`);
      if (!/^[A-Za-z]/.test(s)) fail(`must start with a letter (${REPLICATION_GROUP_RULE})`);
      if (!/^[A-Za-z0-9-]+$/.test(s)) fail(`may contain only letters, digits and hyphens (${REPLICATION_GROUP_RULE})`);
      if (s.includes("--")) fail("must not contain two consecutive hyphens");
      if (s.endsWith("-")) fail("must not end with a hyphen");
      return s.toLowerCase();
    }
    function nodeType(s) {
      if (!/^cache\.[a-z0-9]+\.[a-z0-9]+$/.test(s)) fail("must be an ElastiCache node type cache.<family>.<size>, e.g. cache.t4g.micro or cache.r7g.large");
      return s;
    }
    function engineVersion(s) {
      const all = engine /* ENGINES */ .ug.map(e => `${e}: ${engine /* SUPPORTED_VERSIONS */ .PY[e].join(", ")}`).join("; ");
      if (/^\d+\.\d+\.\d+$/.test(s)) fail(`must be major.minor (e.g. 7.1), not a patch version; ElastiCache picks the patch. Supported: ${all}`);
      if (!/^\d+\.\d+$/.test(s)) fail(`must be major.minor, e.g. 7.1. Supported: ${all}`);
      return s;
    }
    const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+$/;
    const REGION_PART = "[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+";
    const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    const KEY_ID = `(?:${UUID}|mrk-[0-9a-f]{32})`;
    const ALIAS_NAME = "alias/[A-Za-z0-9/_-]{1,250}";
    const KMS_KEY = new RegExp(`^(?:${KEY_ID}|${ALIAS_NAME}|arn:aws[a-z-]*:kms:${REGION_PART}:\\d{12}:(?:key/${KEY_ID}|${ALIAS_NAME}))$`);
    function kmsKeyId(s) {
      if (!KMS_KEY.test(s)) fail("must be a KMS key id (UUID or mrk-…), a key ARN (arn:aws:kms:<region>:<account>:key/<id>), " + "an alias (alias/<name>) or an alias ARN");
      return s;
    }
    const SNS_TOPIC = new RegExp(`^arn:aws[a-z-]*:sns:${REGION_PART}:\\d{12}:[A-Za-z0-9_-]{1,256}$`);
    function topicArn(s) {
      if (!SNS_TOPIC.test(s)) fail("must be an SNS topic ARN: arn:aws:sns:<region>:<12-digit account>:<topic name>");
      return s;
    }
    function logRetention(s) {
      const n = /^\d+$/.test(s) ? Number(s) : NaN;
      if (n !== 0 && !LOG_RETENTION_DAYS.includes(n)) fail(`must be one of ${LOG_RETENTION_DAYS.join(", ")} (days), or 0 to never expire`);
      return n;
    }
    // Tag charset as AWS documents it: Unicode letters, digits, spaces and _ . : / = + - @
        function ssmPrefix(s) {
      if (!s.startsWith("/")) fail('must start with "/" (e.g. /myapp/prod/redis)');
      if (!/^[A-Za-z0-9_.\-/]+$/.test(s)) fail("may contain only letters, digits and _ . - /");
      if (s.includes("//")) fail('must not contain "//"');
      if (/^\/(aws|ssm)/i.test(s)) fail("must not start with /aws or /ssm (reserved by AWS)");
      // Stryker disable next-line Regex: "//" is refused above, so at most one trailing "/" is left to strip.
            const p = s.replace(/\/+$/, "");
      if (p === "") fail('must contain at least one path segment after "/"');
      if (p.length > 900) fail(`must be at most 900 characters (got ${p.length})`);
      // SSM allows 15 levels in a parameter name; the parameter itself (REDIS_URL…) is one of them.
            const levels = p.split("/").length - 1;
      if (levels > 14) fail(`must have at most 14 levels (SSM allows 15 including the parameter name; got ${levels})`);
      return p;
    }
    function region(s) {
      if (!REGION.test(s)) fail("must be an AWS region code such as eu-west-1 or us-gov-west-1");
      return s;
    }
    /**
 * An existing snapshot's name (to restore from): manual ones follow the group-id rules, automatic
 * ones look like automatic.<group>-2026-01-01-03-00, so dots are allowed.
 */    function snapshotName(s) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(s)) fail("must be an ElastiCache snapshot name: 1-255 letters, digits, dots, hyphens or underscores");
      return s;
    }
    // EXTERNAL MODULE: ./src/domain/ownership.ts
        var ownership = __nccwpck_require__(7781);
    // CONCATENATED MODULE: ./src/config/tags.ts
    // The `tags` input (YAML map, JSON object or key=value lines) and the `environment` tag value.
    /** Tag keys the action sets itself on every resource. */
    const RESERVED_TAG_KEYS = [ "ManagedBy", "GitHubRepository", "GitHubWorkflowRun" ];
    const MAX_USER_TAGS = 40;
    const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
    const TAG_CHARS_TEXT = "letters, digits, spaces and _ . : / = + - @";
    const charLength = s => [ ...s ].length;
    function environment(s) {
      if (charLength(s) > 256) fail("must be at most 256 characters");
      if (!TAG_CHARS.test(s)) fail(`may contain only ${TAG_CHARS_TEXT} (it becomes the Environment tag)`);
      return s;
    }
    function tagProblem(key, value) {
      const k = JSON.stringify(key);
      if (charLength(key) < 1 || charLength(key) > 128) return `tag key ${k} must be 1-128 characters`;
      if (!TAG_CHARS.test(key)) return `tag key ${k} may contain only ${TAG_CHARS_TEXT}`;
      if (key.toLowerCase().startsWith("aws:")) return `tag key ${k} must not start with "aws:" (reserved by AWS)`;
      const reserved = RESERVED_TAG_KEYS.find(r => r.toLowerCase() === key.toLowerCase());
      if (reserved) return `tag key ${k} is reserved: the action sets ${RESERVED_TAG_KEYS.join(", ")} itself`;
      if (key.toLowerCase().startsWith(ownership /* TAG_PREFIX */ .C_)) return `tag key ${k} is reserved: keys starting with ${ownership /* TAG_PREFIX */ .C_} record what this action created`;
      if (charLength(value) > 256) return `the value of tag ${k} must be at most 256 characters`;
      if (!TAG_CHARS.test(value)) return `the value of tag ${k} may contain only ${TAG_CHARS_TEXT}`;
      return;
    }
    const TAGS_FORMAT = "a YAML or JSON map (Key: value) or key=value lines";
    /**
 * key=value lines: every line has "=" after a non-empty key, and no YAML "key: " separator comes
 * before that "=" (so "Url=https://x" and "aws:team=x" are key=value, "Owner: a=b" is YAML).
 */    function isKeyValueLines(lines) {
      return lines.every(line => {
        const eq = line.indexOf("=");
        return eq > 0 && !line.startsWith("{") && !/:(\s|$)/.test(line.slice(0, eq));
      });
    }
    /** The lines that carry tags: trimmed, without blank lines and # comments. */    function significantLines(text) {
      return text.trim().split(/\r?\n/).map(l => l.trim()).filter(l => l !== "" && !l.startsWith("#"));
    }
    /** Whether parsing `text` needs the YAML parser (it is neither empty nor key=value lines). */    function tagsAreYaml(text) {
      return !isKeyValueLines(significantLines(text));
    }
    /**
 * Parse the `tags` input: a YAML map, a JSON object (JSON is YAML), or `key=value` lines.
 * Number and boolean values become strings as written (`007` stays "007"); an empty YAML value is "".
 * `yaml` is needed only when tagsAreYaml(text).
 */    function parseTags(text, yaml) {
      const tags = {};
      const trimmed = text.trim();
      if (trimmed === "") return {
        ok: true,
        tags: tags
      };
      const lines = significantLines(trimmed);
      const entries = [];
      if (isKeyValueLines(lines)) for (const line of lines) {
        const eq = line.indexOf("=");
        entries.push([ line.slice(0, eq).trim(), line.slice(eq + 1).trim() ]);
      } else {
        if (!yaml) throw new Error("parseTags: YAML tags need the yaml parser (see tagsAreYaml)");
        const {parseDocument: parseDocument, isMap: isMap, isPair: isPair, isScalar: isScalar} = yaml;
        const doc = parseDocument(trimmed, {
          uniqueKeys: true,
          prettyErrors: false
        });
        const err = doc.errors[0];
        if (err) return {
          ok: false,
          message: `must be ${TAGS_FORMAT}; YAML error: ${err.message.split("\n")[0]}`
        };
        if (!isMap(doc.contents)) return {
          ok: false,
          message: `must be ${TAGS_FORMAT}`
        };
        for (const pair of doc.contents.items) {
          if (!isPair(pair) || !isScalar(pair.key)) return {
            ok: false,
            message: `must be ${TAGS_FORMAT}`
          };
          const key = scalarText(pair.key);
          if (pair.value !== null && !isScalar(pair.value)) return {
            ok: false,
            message: `the value of tag ${JSON.stringify(key)} must be a string, number or boolean, not a list or map`
          };
          entries.push([ key, pair.value === null ? "" : scalarText(pair.value) ]);
        }
      }
      for (const [key, value] of entries) {
        if (Object.hasOwn(tags, key)) return {
          ok: false,
          message: `tag key ${JSON.stringify(key)} is given twice`
        };
        const problem = tagProblem(key, value);
        if (problem) return {
          ok: false,
          message: problem
        };
        tags[key] = value;
      }
      const count = Object.keys(tags).length;
      if (count > MAX_USER_TAGS) return {
        ok: false,
        message: `must have at most ${MAX_USER_TAGS} tags (got ${count})`
      };
      return {
        ok: true,
        tags: tags
      };
    }
    function scalarText(node) {
      if (node.value === null || node.value === void 0) return "";
      if (typeof node.value === "string") return node.value;
      // Numbers and booleans keep their written form ("007", "1.10", "TRUE"), not JS's rendering.
            return node.source ?? String(node.value);
    }
    function tags(s, yaml) {
      const r = parseTags(s, yaml);
      return r.ok ? r.tags : fail(r.message);
    }
    // CONCATENATED MODULE: ./src/config/field.ts
    // A zod field over one raw input string: trimmed, empty → the action.yml default, then its rule.
    // Rule errors become zod issues on that input, so one parse reports every bad input at once.
    /** A zod field over the raw string: trimmed, empty → the action.yml default, then `rule`. */
    function field(name, rule, fallback = INPUT_DEFAULTS[name]) {
      return schemas_string().optional().transform((v, ctx) => {
        const s = (v ?? "").trim() || fallback;
        try {
          return rule(s);
        } catch (e) {
          if (!(e instanceof RuleError)) throw e;
          ctx.addIssue({
            code: "custom",
            message: e.message
          });
          return NEVER;
        }
      });
    }
    function windowRule(parse) {
      return s => {
        const r = parse(s);
        return r.ok ? r.window : fail(r.message);
      };
    }
    /**
 * A cross-input rule for superRefine: `rule` runs only when every input it reads is individually
 * valid (so one bad input never causes a second, misleading error), and reports on a named input.
 */    function cross(inputs, rule) {
      return [ (v, ctx) => rule(v, (input, message) => ctx.addIssue({
        code: "custom",
        message: message,
        path: [ input ]
      })), {
        when: payload => !payload.issues.some(i => inputs.includes(i.path?.[0]))
      } ];
    }
    /** A field read only by some modes: empty → that input's default in those modes (MODE_INPUTS). */    function modeField(name, rule) {
      return field(name, rule, MODE_INPUTS[name].default);
    }
    /**
 * An input this mode does not read but that signals a misunderstanding when set (e.g. dry_run with
 * apply, which would write): refused with `message`, before any AWS call.
 */    function refusedHere(message) {
      return schemas_string().optional().superRefine((v, ctx) => {
        if ((v ?? "").trim() !== "") ctx.addIssue({
          code: "custom",
          message: message
        });
      });
    }
    /** aws_region, or the AWS_REGION/AWS_DEFAULT_REGION the credentials step set (named in errors). */    function regionField(regionSource) {
      return field("aws_region", rules_required("set the aws_region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION)", s => {
        try {
          return region(s);
        } catch (e) {
          if (e instanceof RuleError && regionSource) fail(`${e.message} (taken from ${regionSource})`);
          throw e;
        }
      }));
    }
    // EXTERNAL MODULE: ./src/domain/duration.ts
        var domain_duration = __nccwpck_require__(4678);
    // CONCATENATED MODULE: ./src/config/windows.ts
    // ElastiCache time windows (all UTC):
    // - snapshot window    "hh24:mi-hh24:mi"          — daily, at least 60 minutes, may wrap midnight;
    // - maintenance window "ddd:hh24:mi-ddd:hh24:mi"  — weekly, 60 minutes to 24 hours, may wrap sat→sun.
    // ElastiCache rejects a maintenance window that overlaps the snapshot window. Because the snapshot
    // window repeats every day, the check compares the weekly window against all seven daily copies.
    // Intervals are half-open [start, end): windows that merely touch (04:00 end / 04:00 start) are fine.
    const DAYS = [ "sun", "mon", "tue", "wed", "thu", "fri", "sat" ];
    const MINUTES_PER_DAY = 24 * 60;
    const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
    const MIN_WINDOW_MINUTES = 60;
    const MAX_MAINTENANCE_WINDOW_MINUTES = MINUTES_PER_DAY;
    const mod = (n, m) => (n % m + m) % m;
    const pad = n => String(n).padStart(2, "0");
    /** Minutes after midnight for "hh:mm" (two digits each, 00:00–23:59), else undefined. */    function timeOfDay(hh, mm) {
      const h = Number(hh);
      const m = Number(mm);
      if (h > 23 || m > 59) return;
      return h * 60 + m;
    }
    function formatTimeOfDay(minutes) {
      return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    }
    function formatTimeOfWeek(minutes) {
      const day = DAYS[Math.floor(minutes / MINUTES_PER_DAY)] ?? "sun";
      return `${day}:${formatTimeOfDay(minutes % MINUTES_PER_DAY)}`;
    }
    /** Parse and validate a snapshot window such as "03:00-04:00" (may wrap midnight: "23:30-00:30"). */    function parseSnapshotWindow(text) {
      const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim());
      if (!m) return {
        ok: false,
        message: "must be hh24:mi-hh24:mi in UTC, e.g. 03:00-04:00"
      };
      const start = timeOfDay(m[1], m[2]);
      const end = timeOfDay(m[3], m[4]);
      if (start === void 0 || end === void 0) return {
        ok: false,
        message: "hours must be 00-23 and minutes 00-59 (hh24:mi-hh24:mi, UTC)"
      };
      const durationMinutes = mod(end - start, MINUTES_PER_DAY);
      if (durationMinutes < MIN_WINDOW_MINUTES) return {
        ok: false,
        message: `must be at least 60 minutes long (this one is ${(0, domain_duration /* formatDuration */ .a)(durationMinutes * 6e4)})`
      };
      return {
        ok: true,
        window: {
          start: start,
          end: end,
          durationMinutes: durationMinutes,
          text: `${formatTimeOfDay(start)}-${formatTimeOfDay(end)}`
        }
      };
    }
    /**
 * Parse and validate a maintenance window such as "sun:05:00-sun:06:00" (days are case-insensitive
 * and normalised to lowercase; may wrap from sat to sun: "sat:23:00-sun:01:00").
 */    function parseMaintenanceWindow(text) {
      const m = /^([a-z]{3}):(\d{2}):(\d{2})-([a-z]{3}):(\d{2}):(\d{2})$/i.exec(text.trim());
      if (!m) return {
        ok: false,
        message: "must be ddd:hh24:mi-ddd:hh24:mi in UTC, e.g. sun:05:00-sun:06:00"
      };
      const startDay = DAYS.indexOf(m[1].toLowerCase());
      const endDay = DAYS.indexOf(m[4].toLowerCase());
      if (startDay < 0 || endDay < 0) return {
        ok: false,
        message: `days must be one of ${DAYS.join(", ")}`
      };
      const startTime = timeOfDay(m[2], m[3]);
      const endTime = timeOfDay(m[5], m[6]);
      if (startTime === void 0 || endTime === void 0) return {
        ok: false,
        message: "hours must be 00-23 and minutes 00-59 (ddd:hh24:mi-ddd:hh24:mi, UTC)"
      };
      const start = startDay * MINUTES_PER_DAY + startTime;
      const end = endDay * MINUTES_PER_DAY + endTime;
      const durationMinutes = mod(end - start, MINUTES_PER_WEEK);
      if (durationMinutes < MIN_WINDOW_MINUTES) return {
        ok: false,
        message: `must be at least 60 minutes long (this one is ${(0, domain_duration /* formatDuration */ .a)(durationMinutes * 6e4)})`
      };
      if (durationMinutes > MAX_MAINTENANCE_WINDOW_MINUTES) return {
        ok: false,
        message: `must be at most 24 hours long (this one is ${(0, domain_duration /* formatDuration */ .a)(durationMinutes * 6e4)})`
      };
      return {
        ok: true,
        window: {
          start: start,
          end: end,
          durationMinutes: durationMinutes,
          text: `${formatTimeOfWeek(start)}-${formatTimeOfWeek(end)}`
        }
      };
    }
    /**
 * Whether two half-open intervals [aStart, aStart+aLen) and [bStart, bStart+bLen) on a circle of
 * `period` minutes share at least one minute. Handles intervals that wrap past the end of the period.
 */    function circularOverlap(aStart, aLen, bStart, bLen, period) {
      if (aLen <= 0 || bLen <= 0) return false;
      if (aLen >= period || bLen >= period) return true;
      return mod(bStart - aStart, period) < aLen || mod(aStart - bStart, period) < bLen;
    }
    /**
 * Whether the weekly maintenance window overlaps any day's occurrence of the daily snapshot window.
 * Touching windows (one ends when the other starts) do not overlap.
 */    function windowsOverlap(snapshot, maintenance) {
      for (let day = 0; day < DAYS.length; day++) {
        const start = day * MINUTES_PER_DAY + snapshot.start;
        if (circularOverlap(start, snapshot.durationMinutes, maintenance.start, maintenance.durationMinutes, MINUTES_PER_WEEK)) return true;
      }
      return false;
    }
    // CONCATENATED MODULE: ./src/config/apply.ts
    // The schema of `apply` and its dry run `plan`: every input of the Terraform module this action
    // mirrors, each through its rule, then the cross-input rules AWS enforces, checked before any call.
    const DATA_TIERING_POLICIES = [ "noeviction", "volatile-lru", "allkeys-lru" ];
    /** The inputs `apply` and `plan` read, each through its rule. */    function applyShape({regionSource: regionSource, yaml: yaml}) {
      return {
        mode: schemas_enum([ "apply", "plan" ]),
        name: field("name", rules_required(`the replication group id (${REPLICATION_GROUP_RULE})`, replicationGroupId)),
        node_type: field("node_type", rules_required("the node type, e.g. cache.t4g.micro", nodeType)),
        subnet_ids: field("subnet_ids", subnetList),
        engine: field("engine", oneOf(engine /* ENGINES */ .ug)),
        engine_version: field("engine_version", engineVersion),
        num_cache_clusters: field("num_cache_clusters", rules_int(1, 6, "1 primary + up to 5 replicas")),
        automatic_failover_enabled: field("automatic_failover_enabled", bool),
        multi_az_enabled: field("multi_az_enabled", bool),
        at_rest_encryption_enabled: field("at_rest_encryption_enabled", bool),
        kms_key_id: field("kms_key_id", rules_optional(kmsKeyId)),
        transit_encryption_enabled: field("transit_encryption_enabled", bool),
        auth_token_enabled: field("auth_token_enabled", bool),
        auth_token_rotate: field("auth_token_rotate", bool),
        environment: field("environment", rules_optional(environment)),
        port: field("port", rules_int(1024, 65535)),
        allowed_security_group_ids: field("allowed_security_group_ids", sgList),
        allowed_cidr_blocks: field("allowed_cidr_blocks", cidrList),
        security_group_ids: field("security_group_ids", sgList),
        snapshot_retention_limit: field("snapshot_retention_limit", rules_int(0, 35, "days; 0 disables automatic backups")),
        snapshot_window: field("snapshot_window", windowRule(parseSnapshotWindow)),
        maintenance_window: field("maintenance_window", windowRule(parseMaintenanceWindow)),
        maxmemory_policy: field("maxmemory_policy", oneOf(MAXMEMORY_POLICIES)),
        timeout: field("timeout", rules_int(0, 86400, "seconds; 0 = never close idle connections")),
        tcp_keepalive: field("tcp_keepalive", rules_int(0, 3600, "seconds; 0 disables keepalive")),
        maxmemory_samples: field("maxmemory_samples", rules_int(1, 64)),
        notification_topic_arn: field("notification_topic_arn", rules_optional(topicArn)),
        log_retention_days: field("log_retention_days", logRetention),
        apply_immediately: field("apply_immediately", bool),
        tags: field("tags", s => tags(s, yaml)),
        ssm_prefix: field("ssm_prefix", rules_optional(ssmPrefix)),
        cache_db: field("cache_db", rules_int(0, 15, "Redis database number")),
        celery_db: field("celery_db", rules_int(0, 15, "Redis database number")),
        celery_result_db: field("celery_result_db", rules_int(0, 15, "Redis database number")),
        wait: field("wait", bool),
        wait_timeout_minutes: field("wait_timeout_minutes", rules_int(1, 355)),
        allow_public_subnets: field("allow_public_subnets", bool),
        aws_region: regionField(regionSource),
        snapshot_name: modeField("snapshot_name", rules_optional(snapshotName)),
        pr_comment: modeField("pr_comment", bool),
        verify_connection: modeField("verify_connection", bool),
        github_token: field("github_token", rules_optional(s => s)),
        dry_run: refusedHere("applies to modes destroy, snapshot and cleanup; the dry run of apply is mode: plan (it writes nothing)")
      };
    }
    /** Cross-input rules: each runs only when the inputs it reads are individually valid. */    const APPLY_RULES = [ cross([ "num_cache_clusters", "automatic_failover_enabled" ], (v, issue) => {
      if (v.automatic_failover_enabled && v.num_cache_clusters < 2) issue("num_cache_clusters", "automatic failover (automatic_failover_enabled: true) needs at least 2 nodes (a primary and a " + "replica); raise num_cache_clusters, or set automatic_failover_enabled and multi_az_enabled to false");
    }), cross([ "multi_az_enabled", "automatic_failover_enabled" ], (v, issue) => {
      if (v.multi_az_enabled && !v.automatic_failover_enabled) issue("multi_az_enabled", "Multi-AZ requires automatic_failover_enabled: true");
    }), cross([ "auth_token_enabled", "transit_encryption_enabled" ], (v, issue) => {
      if (v.auth_token_enabled && !v.transit_encryption_enabled) issue("auth_token_enabled", "an AUTH token requires transit_encryption_enabled: true (TLS)");
    }), cross([ "auth_token_rotate", "auth_token_enabled" ], (v, issue) => {
      if (v.auth_token_rotate && !v.auth_token_enabled) issue("auth_token_rotate", "rotating the AUTH token requires auth_token_enabled: true");
    }), cross([ "kms_key_id", "at_rest_encryption_enabled" ], (v, issue) => {
      if (v.kms_key_id !== void 0 && !v.at_rest_encryption_enabled) issue("kms_key_id", "a KMS key requires at_rest_encryption_enabled: true");
    }), cross([ "node_type", "maxmemory_policy" ], (v, issue) => {
      if ((0, node_types /* isDataTieringNodeType */ .H)(v.node_type) && !DATA_TIERING_POLICIES.includes(v.maxmemory_policy)) issue("maxmemory_policy", `node type ${v.node_type} uses data tiering, which supports only maxmemory_policy ` + `${DATA_TIERING_POLICIES.join(", ")}`);
    }), cross([ "engine", "engine_version" ], (v, issue) => {
      if ((0, engine /* familyFor */ .uG)(v.engine, v.engine_version) === void 0) issue("engine_version", `is not available for engine ${v.engine}; valid versions: ${engine /* SUPPORTED_VERSIONS */ .PY[v.engine].join(", ")}`);
    }), 
    // Stryker disable all: a guard for future families, unreachable today (see the comment inside):
    // every mutant of it is equivalent, because no valid input makes a derived name invalid.
    cross([ "name", "engine", "engine_version" ], (v, issue) => {
      const family = (0, engine /* familyFor */ .uG)(v.engine, v.engine_version);
      if (family === void 0) return;
      // The derived names (see names.ts) must themselves be valid: ≤ 255 characters, and the
      // parameter and subnet groups follow the replication-group naming rules. With a valid id of
      // at most 40 characters and today's families this always holds; it guards future families.
            for (const derived of [ `${v.name}-redis`, `${v.name}-${family}`, `${v.name}-subnets` ]) if (derived.length > 255 || derived.includes("--") || derived.endsWith("-")) issue("name", `gives the invalid derived resource name ${JSON.stringify(derived)}`);
    }), 
    // Stryker restore all
    cross([ "snapshot_window", "maintenance_window" ], (v, issue) => {
      if (windowsOverlap(v.snapshot_window, v.maintenance_window)) issue("maintenance_window", `overlaps snapshot_window ${v.snapshot_window.text}; the snapshot window repeats every day, so the ` + "maintenance window must avoid it on every day it covers");
    }), cross([ "cache_db", "celery_db", "celery_result_db" ], (v, issue) => {
      const dbs = [ [ "cache_db", v.cache_db ], [ "celery_db", v.celery_db ], [ "celery_result_db", v.celery_result_db ] ];
      dbs.forEach(([input, db], i) => {
        const clash = dbs.slice(0, i).find(([, other]) => other === db);
        if (clash) issue(input, `must differ from ${clash[0]} (both are ${db}); each use needs its own database`);
      });
    }) ];
    /** The schema of apply/plan: fields, then cross-input rules, then the ApplyConfig record. */    function applySchema(ctx) {
      let schema = object(applyShape(ctx));
      for (const [fn, params] of APPLY_RULES) schema = schema.superRefine(fn, params);
      return schema.transform(toApplyConfig);
    }
    /** The validated fields as the record the planner reads; defaults derived here (family, ssm_prefix). */    function toApplyConfig(v) {
      const family = (0, engine /* familyFor */ .uG)(v.engine, v.engine_version);
      return {
        mode: v.mode,
        name: v.name,
        nodeType: v.node_type,
        subnetIds: v.subnet_ids,
        engine: v.engine,
        engineVersion: v.engine_version,
        family: family,
        numCacheClusters: v.num_cache_clusters,
        automaticFailoverEnabled: v.automatic_failover_enabled,
        multiAzEnabled: v.multi_az_enabled,
        atRestEncryptionEnabled: v.at_rest_encryption_enabled,
        kmsKeyId: v.kms_key_id,
        transitEncryptionEnabled: v.transit_encryption_enabled,
        authTokenEnabled: v.auth_token_enabled,
        authTokenRotate: v.auth_token_rotate,
        environment: v.environment,
        port: v.port,
        allowedSecurityGroupIds: v.allowed_security_group_ids,
        allowedCidrBlocks: v.allowed_cidr_blocks,
        securityGroupIds: v.security_group_ids,
        snapshotRetentionLimit: v.snapshot_retention_limit,
        snapshotWindow: v.snapshot_window.text,
        maintenanceWindow: v.maintenance_window.text,
        parameters: {
          "maxmemory-policy": v.maxmemory_policy,
          timeout: String(v.timeout),
          "tcp-keepalive": String(v.tcp_keepalive),
          "maxmemory-samples": String(v.maxmemory_samples)
        },
        notificationTopicArn: v.notification_topic_arn,
        logRetentionDays: v.log_retention_days,
        applyImmediately: v.apply_immediately,
        tags: v.tags,
        ssmPrefix: v.ssm_prefix ?? `/django-redis-action/${v.name}`,
        cacheDb: v.cache_db,
        celeryDb: v.celery_db,
        celeryResultDb: v.celery_result_db,
        wait: v.wait,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        allowPublicSubnets: v.allow_public_subnets,
        region: v.aws_region,
        snapshotName: v.snapshot_name,
        prComment: v.pr_comment,
        verifyConnection: v.verify_connection,
        githubToken: v.github_token
      };
    }
    /** Advice that does not stop the run. */    function applyWarnings(config) {
      const warnings = [];
      if (config.allowedSecurityGroupIds.length === 0 && config.allowedCidrBlocks.length === 0) warnings.push(config.securityGroupIds.length === 0 ? "Neither allowed_security_group_ids nor allowed_cidr_blocks is set: nothing will be able to connect " + `to ${config.name} on port ${config.port}.` : "Neither allowed_security_group_ids nor allowed_cidr_blocks is set: the action’s security group " + `admits nothing, so only the rules of security_group_ids let clients reach port ${config.port}.`);
      if (config.allowedCidrBlocks.includes("0.0.0.0/0")) warnings.push(`allowed_cidr_blocks contains 0.0.0.0/0: port ${config.port} is open to every address that can route ` + "to the VPC. Prefer the application’s security group or its private CIDR.");
      return warnings;
    }
    // CONCATENATED MODULE: ./src/config/lifecycle.ts
    // The schemas of the lifecycle modes: destroy (one group), snapshot (one group) and cleanup (this
    // repository's previews). Each reads only the inputs it needs; the inputs of apply that a shared
    // `with:` block passes to every mode (node_type, subnet_ids, …) are ignored, but an input that
    // signals a misunderstanding is refused by name before any AWS call.
    const SNAPSHOT_NAME_HERE = "restores a new group on mode apply; destroy names its final snapshot <name>-final-<YYYYMMDD-HHMM> and snapshot names its own <name>-manual-<YYYY-MM-DD>";
    /** What every lifecycle mode reads. */    function lifecycleShape({regionSource: regionSource}) {
      return {
        aws_region: regionField(regionSource),
        wait_timeout_minutes: field("wait_timeout_minutes", rules_int(1, 355)),
        dry_run: modeField("dry_run", bool),
        snapshot_name: refusedHere(SNAPSHOT_NAME_HERE)
      };
    }
    const groupName = () => field("name", rules_required(`the replication group id (${REPLICATION_GROUP_RULE})`, replicationGroupId));
    function destroySchema(ctx) {
      return object({
        mode: literal("destroy"),
        ...lifecycleShape(ctx),
        name: groupName(),
        ssm_prefix: field("ssm_prefix", rules_optional(ssmPrefix)),
        final_snapshot: modeField("final_snapshot", bool),
        keep_logs: modeField("keep_logs", bool)
      }).transform(v => ({
        mode: "destroy",
        name: v.name,
        region: v.aws_region,
        ssmPrefix: v.ssm_prefix ?? `/django-redis-action/${v.name}`,
        dryRun: v.dry_run,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        finalSnapshot: v.final_snapshot,
        keepLogs: v.keep_logs
      }));
    }
    function snapshotSchema(ctx) {
      return object({
        mode: literal("snapshot"),
        ...lifecycleShape(ctx),
        name: groupName(),
        keep_snapshots: modeField("keep_snapshots", rules_optional(rules_int(1, 100, "snapshots to keep, newest first")))
      }).transform(v => ({
        mode: "snapshot",
        name: v.name,
        region: v.aws_region,
        dryRun: v.dry_run,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        keepSnapshots: v.keep_snapshots
      }));
    }
    function cleanupSchema(ctx) {
      return object({
        mode: literal("cleanup"),
        ...lifecycleShape(ctx),
        name: refusedHere("is not read by mode cleanup: it finds every preview group of this repository by its tags; to delete one group use mode destroy"),
        preview_ttl_hours: modeField("preview_ttl_hours", rules_optional(rules_int(1, 8760, "hours since the preview was created"))),
        keep_logs: modeField("keep_logs", bool),
        github_token: field("github_token", rules_optional(s => s))
      }).transform(v => ({
        mode: "cleanup",
        region: v.aws_region,
        dryRun: v.dry_run,
        waitTimeoutMinutes: v.wait_timeout_minutes,
        previewTtlHours: v.preview_ttl_hours,
        keepLogs: v.keep_logs,
        githubToken: v.github_token
      }));
    }
    // CONCATENATED MODULE: ./src/config/index.ts
    // Inputs → one validated record per mode: z.discriminatedUnion on `mode`, parsed once, before
    // anything heavy is loaded. Every problem is reported at once, each naming its input.
    // One parse per process: zod's JIT (it compiles a fast path per object schema with new Function)
    // would cost more than it saves.
    config({
      jitless: true
    });
    function display(v) {
      return typeof v === "string" ? v : "";
    }
    /**
 * Validate the raw inputs (as read by readInputs) into a Config. Every problem is reported, each
 * naming its input; warnings are advice that does not stop the run. `yaml` is needed only when the
 * `tags` input is YAML (tagsAreYaml), so the parser is loaded only then.
 */    function parseConfig(raw, env, yaml) {
      const regionInput = (raw.aws_region ?? "").trim();
      const fromEnv = regionInput ? void 0 : [ "AWS_REGION", "AWS_DEFAULT_REGION" ].find(k => (env[k] ?? "").trim() !== "");
      const values = {
        ...INPUT_DEFAULTS
      };
      for (const name of INPUT_NAMES) {
        const v = (raw[name] ?? "").trim();
        if (v !== "") values[name] = v;
      }
      if (fromEnv) values.aws_region = (env[fromEnv] ?? "").trim();
      const result = configSchema({
        regionSource: fromEnv ? `the ${fromEnv} environment variable` : "",
        yaml: yaml
      }).safeParse(values);
      if (!result.success) {
        const errors = result.error.issues.map(issue => {
          const input = String(issue.path[0] ?? "inputs");
          return {
            input: input,
            value: shown(display(values[input])),
            message: issue.message
          };
        });
        return {
          ok: false,
          errors: errors
        };
      }
      const config = result.data;
      return {
        ok: true,
        config: config,
        warnings: warningsFor(config)
      };
    }
    /** Every mode the `mode` input accepts, in the order the docs list them. */    const MODES = [ "apply", "plan", "destroy", "snapshot", "cleanup" ];
    function configSchema(ctx) {
      const schemas = [ applySchema(ctx), destroySchema(ctx), snapshotSchema(ctx), cleanupSchema(ctx) ];
      return discriminatedUnion("mode", schemas, {
        error: issue => issue.code === "invalid_union" ? `must be one of: ${MODES.join(", ")}` : void 0
      });
    }
    function warningsFor(config) {
      switch (config.mode) {
       case "apply":
       case "plan":
        return applyWarnings(config);

       case "destroy":
       case "snapshot":
       case "cleanup":
        return [];
      }
    }
    // EXTERNAL MODULE: ./src/errors.ts
        var errors = __nccwpck_require__(3916);
    // EXTERNAL MODULE: external "node:crypto"
        var external_node_crypto_ = __nccwpck_require__(7598);
    // EXTERNAL MODULE: external "node:fs"
        var external_node_fs_ = __nccwpck_require__(3024);
    // EXTERNAL MODULE: external "node:os"
        var external_node_os_ = __nccwpck_require__(8161);
    // CONCATENATED MODULE: ./src/report/runner.ts
    // The GitHub Actions runner protocol, the little of it this action speaks: inputs from INPUT_*
    // variables, workflow commands on stdout (::error::, ::warning::, ::add-mask::, …), step outputs
    // and the job summary appended to the files the runner names. It is what @actions/core does for
    // these calls (same escaping, same `name<<ghadelimiter_<uuid>` output format), without loading
    // @actions/core's HTTP and OIDC clients: an invalid input fails in about the time node takes to start.
    /** An input as the runner passes it: INPUT_<NAME> (spaces → _, upper-cased), trimmed; '' when unset. */
    function getInput(name) {
      return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    }
    /** The runner's escaping of a command's message: %, CR and LF. */    function escapeData(s) {
      return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    }
    function command(name, message) {
      process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_.EOL}`);
    }
    const info = message => void process.stdout.write(`${message}${external_node_os_.EOL}`);
    const debug = message => command("debug", message);
    const notice = message => command("notice", message);
    const warning = message => command("warning", message);
    const runner_error = message => command("error", message);
    /** Masks `secret` in every later log line. */    const setSecret = secret => command("add-mask", secret);
    const startGroup = name => command("group", name);
    const endGroup = () => command("endgroup", "");
    /** Marks the step failed (exit code 1) with an ::error:: line. */    function setFailed(message) {
      process.exitCode = 1;
      runner_error(message);
    }
    function appendToFileCommand(variable, text) {
      const path = process.env[variable];
      if (!path) throw new Error(`Unable to find environment variable for file command ${variable.slice(7)}`);
      if (!(0, external_node_fs_.existsSync)(path)) throw new Error(`Missing file at path: ${path}`);
      (0, external_node_fs_.appendFileSync)(path, `${text}${external_node_os_.EOL}`, {
        encoding: "utf8"
      });
    }
    /** A step output, appended to $GITHUB_OUTPUT (the deprecated ::set-output only when it is unset). */    function setOutput(name, value) {
      if (!process.env.GITHUB_OUTPUT) {
        process.stdout.write(external_node_os_.EOL);
        process.stdout.write(`::set-output name=${name}::${escapeData(value)}${external_node_os_.EOL}`);
        return;
      }
      const delimiter = `ghadelimiter_${(0, external_node_crypto_.randomUUID)()}`;
      if (name.includes(delimiter) || value.includes(delimiter)) throw new Error("output contains its delimiter");
      appendToFileCommand("GITHUB_OUTPUT", `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`);
    }
    /** Appends markdown to the job summary; throws when $GITHUB_STEP_SUMMARY is unset or missing. */    function appendSummary(markdown) {
      const path = process.env.GITHUB_STEP_SUMMARY;
      if (!path) throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
      if (!(0, external_node_fs_.existsSync)(path)) throw new Error(`Missing file at path: ${path}`);
      (0, external_node_fs_.appendFileSync)(path, markdown, {
        encoding: "utf8"
      });
    }
    // CONCATENATED MODULE: ./src/report/io.ts
    // Everything a run exchanges with the runner: inputs in; outputs, log lines, secrets to mask, the
    // failure and the job summary out. By default the runner's own protocol (report/runner.ts: INPUT_*
    // variables, workflow commands on stdout, the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files); a test
    // injects one per run so that two runs can go at the same time in one process.
    /** The runner's IO (report/runner.ts), read from process.env at each call. */
    const coreIO = {
      getInput: name => getInput(name),
      setOutput: (name, value) => setOutput(name, value),
      setSecret: secret => setSecret(secret),
      setFailed: message => setFailed(message),
      info: message => info(message),
      notice: message => notice(message),
      warning: message => warning(message),
      error: message => runner_error(message),
      debug: message => debug(message),
      startGroup: name => startGroup(name),
      endGroup: () => endGroup(),
      appendSummary: async markdown => {
        appendSummary(markdown);
      }
    };
    // CONCATENATED MODULE: ./src/main.ts
    // The story of one run: parse inputs → observe AWS → plan → execute → publish.
    // Parsing needs nothing heavy (the runner protocol, zod and the input rules; the YAML parser only
    // for YAML tags). The mode's own module, and with it the AWS SDK, loads only once the inputs are
    // valid, so a bad input fails in about the time bare node takes to start.
    async function run(deps = {}) {
      const io = deps.io ?? coreIO;
      try {
        // 1. Inputs: one validated record for the mode; a bad input fails here with zero AWS calls.
        const cfg = await parseInputs(deps.env ?? process.env, io);
        if (!cfg) return;
        // 2–5. The mode observes AWS, plans, runs the plan through the shared executor, and publishes.
                await runMode(cfg, {
          ...deps,
          clock: deps.clock ?? systemClock,
          io: io
        });
      } catch (e) {
        // Every run sets `status`; a failed one sets nothing a later step could mistake for a plan.
        io.setOutput("status", "failed");
        io.setFailed((0, errors /* errorMessage */ .gJ)(e));
        // A refusal (PlanError) says all there is to say; anything else leaves its stack in the debug log.
                if (e instanceof Error && e.stack && !(e instanceof errors /* PlanError */ .W6)) io.debug(e.stack);
      }
    }
    async function parseInputs(env, io) {
      const raw = readInputs(n => io.getInput(n));
      const yaml = tagsAreYaml(raw.tags) ? await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)) : void 0;
      const parsed = parseConfig(raw, env, yaml);
      if (!parsed.ok) {
        for (const e of parsed.errors) io.error(formatInputError(e));
        io.setOutput("status", "failed");
        io.setFailed(`${parsed.errors.length} invalid input${parsed.errors.length > 1 ? "s" : ""}; nothing was changed in AWS.`);
        return;
      }
      for (const w of parsed.warnings) io.warning(w);
      return parsed.config;
    }
    /** Makes the switch exhaustive: a new mode without a case is a compile error. */    function unreachable(cfg) {
      throw new errors /* PlanError */ .W6(`internal error: mode ${cfg.mode} has no runner`);
    }
    async function runMode(cfg, deps) {
      switch (cfg.mode) {
       case "apply":
       case "plan":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(953), __nccwpck_require__.e(290), __nccwpck_require__.e(866) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 1866))).runApply(cfg, deps);

       case "destroy":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(953), __nccwpck_require__.e(290), __nccwpck_require__.e(362) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 5362))).runDestroy(cfg, deps);

       case "cleanup":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(953), __nccwpck_require__.e(290), __nccwpck_require__.e(92) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 92))).runCleanup(cfg, deps);

       case "snapshot":
        return (await Promise.all(/* import() */ [ __nccwpck_require__.e(953), __nccwpck_require__.e(290), __nccwpck_require__.e(466) ]).then(__nccwpck_require__.bind(__nccwpck_require__, 8466))).runSnapshot(cfg, deps);

       default:
        return unreachable(cfg);
      }
    }
    /***/  },
  /***/ 2613: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
    /***/  },
  /***/ 181: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    /***/  },
  /***/ 6982: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
    /***/  },
  /***/ 2250: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");
    /***/  },
  /***/ 4434: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
    /***/  },
  /***/ 9896: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
    /***/  },
  /***/ 8611: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");
    /***/  },
  /***/ 5692: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");
    /***/  },
  /***/ 9278: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");
    /***/  },
  /***/ 4589: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
    /***/  },
  /***/ 6698: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
    /***/  },
  /***/ 4573: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
    /***/  },
  /***/ 1421: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
    /***/  },
  /***/ 7540: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");
    /***/  },
  /***/ 7598: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    /***/  },
  /***/ 3053: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");
    /***/  },
  /***/ 610: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");
    /***/  },
  /***/ 8474: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
    /***/  },
  /***/ 3024: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    /***/  },
  /***/ 1455: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    /***/  },
  /***/ 7067: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
    /***/  },
  /***/ 2467: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
    /***/  },
  /***/ 4708: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
    /***/  },
  /***/ 7030: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
    /***/  },
  /***/ 8161: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    /***/  },
  /***/ 6760: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    /***/  },
  /***/ 643: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
    /***/  },
  /***/ 1708: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
    /***/  },
  /***/ 1792: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");
    /***/  },
  /***/ 7075: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
    /***/  },
  /***/ 1692: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
    /***/  },
  /***/ 3136: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
    /***/  },
  /***/ 7975: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
    /***/  },
  /***/ 3429: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");
    /***/  },
  /***/ 5919: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
    /***/  },
  /***/ 8522: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
    /***/  },
  /***/ 857: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
    /***/  },
  /***/ 932: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
    /***/  },
  /***/ 2203: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
    /***/  },
  /***/ 3193: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
    /***/  },
  /***/ 4756: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");
    /***/  },
  /***/ 2018: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");
    /***/  },
  /***/ 9023: 
  /***/ module => {
    module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");
    /***/  }
  /******/};

/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};

/******/
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
  /******/ // Check if module is in cache
  /******/ var cachedModule = __webpack_module_cache__[moduleId];
  /******/  if (cachedModule !== void 0) 
  /******/ return cachedModule.exports;
  /******/
  /******/ // Create a new module (and put it into the cache)
  /******/  var module = __webpack_module_cache__[moduleId] = {
    /******/ // no module.id needed
    /******/ // no module.loaded needed
    /******/ exports: {}
    /******/  };
  /******/
  /******/ // Execute the module function
  /******/  var threw = true;
  /******/  try {
    /******/ __webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
    /******/    threw = false;
    /******/  } finally {
    /******/ if (threw) delete __webpack_module_cache__[moduleId];
    /******/  }
  /******/
  /******/ // Return the exports of the module
  /******/  return module.exports;
  /******/}

/******/
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;

/******/
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";

/******/
/******/ /* webpack/runtime/async module */
/******/ (() => {
  /******/ var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
  /******/  var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
  /******/  var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
  /******/  var resolveQueue = queue => {
    /******/ if (queue && queue.d < 1) {
      /******/ queue.d = 1;
      /******/      queue.forEach(fn => fn.r--);
      /******/      queue.forEach(fn => fn.r-- ? fn.r++ : fn());
      /******/    }
    /******/  }
  /******/;
  var wrapDeps = deps => deps.map(dep => {
    /******/ if (dep !== null && typeof dep === "object") {
      /******/ if (dep[webpackQueues]) return dep;
      /******/      if (dep.then) {
        /******/ var queue = [];
        /******/        queue.d = 0;
        /******/        dep.then(r => {
          /******/ obj[webpackExports] = r;
          /******/          resolveQueue(queue);
          /******/        }, e => {
          /******/ obj[webpackError] = e;
          /******/          resolveQueue(queue);
          /******/        });
        /******/        var obj = {};
        /******/        obj[webpackQueues] = fn => fn(queue);
        /******/        return obj;
        /******/      }
      /******/    }
    /******/    var ret = {};
    /******/    ret[webpackQueues] = x => {};
    /******/    ret[webpackExports] = dep;
    /******/    return ret;
    /******/  });
  /******/  __nccwpck_require__.a = (module, body, hasAwait) => {
    /******/ var queue;
    /******/    hasAwait && ((queue = []).d = -1);
    /******/    var depQueues = new Set;
    /******/    var exports = module.exports;
    /******/    var currentDeps;
    /******/    var outerResolve;
    /******/    var reject;
    /******/    var promise = new Promise((resolve, rej) => {
      /******/ reject = rej;
      /******/      outerResolve = resolve;
      /******/    });
    /******/    promise[webpackExports] = exports;
    /******/    promise[webpackQueues] = fn => (queue && fn(queue), depQueues.forEach(fn), 
    promise["catch"](x => {}));
    /******/    module.exports = promise;
    /******/    body(deps => {
      /******/ currentDeps = wrapDeps(deps);
      /******/      var fn;
      /******/      var getResult = () => currentDeps.map(d => {
        /******/ if (d[webpackError]) throw d[webpackError];
        /******/        return d[webpackExports];
        /******/      })
      /******/;
      var promise = new Promise(resolve => {
        /******/ fn = () => resolve(getResult);
        /******/        fn.r = 0;
        /******/        var fnQueue = q => q !== queue && !depQueues.has(q) && (depQueues.add(q), 
        q && !q.d && (fn.r++, q.push(fn))
        /******/);
        currentDeps.map(dep => dep[webpackQueues](fnQueue));
        /******/      });
      /******/      return fn.r ? promise : getResult();
      /******/    }, err => (err ? reject(promise[webpackError] = err) : outerResolve(exports), 
    resolveQueue(queue)
    /******/));
    queue && queue.d < 0 && (queue.d = 0);
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
  /******/ // getDefaultExport function for compatibility with non-harmony modules
  /******/ __nccwpck_require__.n = module => {
    /******/ var getter = module && module.__esModule ? 
    /******/ () => module["default"] : 
    /******/ () => module;
    /******/    __nccwpck_require__.d(getter, {
      a: getter
    });
    /******/    return getter;
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
  /******/ var getProto = Object.getPrototypeOf ? obj => Object.getPrototypeOf(obj) : obj => obj.__proto__;
  /******/  var leafPrototypes;
  /******/ // create a fake namespace object
  /******/ // mode & 1: value is a module id, require it
  /******/ // mode & 2: merge all properties of value into the ns
  /******/ // mode & 4: return value when already ns object
  /******/ // mode & 16: return value when it's Promise-like
  /******/ // mode & 8|1: behave like require
  /******/  __nccwpck_require__.t = function(value, mode) {
    /******/ if (mode & 1) value = this(value);
    /******/    if (mode & 8) return value;
    /******/    if (typeof value === "object" && value) {
      /******/ if (mode & 4 && value.__esModule) return value;
      /******/      if (mode & 16 && typeof value.then === "function") return value;
      /******/    }
    /******/    var ns = Object.create(null);
    /******/    __nccwpck_require__.r(ns);
    /******/    var def = {};
    /******/    leafPrototypes = leafPrototypes || [ null, getProto({}), getProto([]), getProto(getProto) ];
    /******/    for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) 
    /******/ Object.getOwnPropertyNames(current).forEach(key => def[key] = () => value[key]);
    /******/
    /******/    def["default"] = () => value;
    /******/    __nccwpck_require__.d(ns, def);
    /******/    return ns;
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
  /******/ // define getter functions for harmony exports
  /******/ __nccwpck_require__.d = (exports, definition) => {
    /******/ for (var key in definition) 
    /******/ if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) 
    /******/ Object.defineProperty(exports, key, {
      enumerable: true,
      get: definition[key]
    });
    /******/
    /******/
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
  /******/ __nccwpck_require__.f = {};
  /******/ // This file contains only the entry chunk.
  /******/ // The chunk loading function for additional chunks
  /******/  __nccwpck_require__.e = chunkId => Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
    /******/ __nccwpck_require__.f[key](chunkId, promises);
    /******/    return promises;
    /******/  }, []));
  /******/})();

/******/
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
  /******/ // This function allow to reference async chunks
  /******/ __nccwpck_require__.u = chunkId => chunkId + ".index.js";
  /******/})();

/******/
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
  /******/ __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop)
  /******/;
})();

/******/
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
  /******/ // define __esModule on exports
  /******/ __nccwpck_require__.r = exports => {
    /******/ if (typeof Symbol !== "undefined" && Symbol.toStringTag) 
    /******/ Object.defineProperty(exports, Symbol.toStringTag, {
      value: "Module"
    });
    /******/
    /******/    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    /******/  };
  /******/})();

/******/
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
  /******/ // no baseURI
  /******/
  /******/ // object to store loaded and loading chunks
  /******/ // undefined = chunk not loaded, null = chunk preloaded/prefetched
  /******/ // [resolve, Promise] = chunk loading, 0 = chunk loaded
  /******/ var installedChunks = {
    /******/ 792: 0
    /******/  };
  /******/
  /******/  var installChunk = data => {
    /******/ var {ids: ids, modules: modules, runtime: runtime} = data;
    /******/ // add "modules" to the modules object,
    /******/ // then flag all "ids" as loaded and fire callback
    /******/    var moduleId, chunkId, i = 0;
    /******/    for (moduleId in modules) 
    /******/ if (__nccwpck_require__.o(modules, moduleId)) 
    /******/ __nccwpck_require__.m[moduleId] = modules[moduleId];
    /******/
    /******/
    /******/    if (runtime) runtime(__nccwpck_require__);
    /******/    for (;i < ids.length; i++) {
      /******/ chunkId = ids[i];
      /******/      if (__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) 
      /******/ installedChunks[chunkId][0]();
      /******/
      /******/      installedChunks[ids[i]] = 0;
      /******/    }
    /******/
    /******/  }
  /******/
  /******/;
  __nccwpck_require__.f.j = (chunkId, promises) => {
    /******/ // import() chunk loading for javascript
    /******/ var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : void 0;
    /******/    if (installedChunkData !== 0) // 0 means "already installed".
    /******/
    /******/ // a Promise means "currently loading".
    /******/ if (installedChunkData) 
    /******/ promises.push(installedChunkData[1]);
    /******/ else 
    /******/ if (true) {
      // all chunks have JS
      /******/ // setup Promise in chunk cache
      /******/ var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, e => {
        /******/ if (installedChunks[chunkId] !== 0) installedChunks[chunkId] = void 0;
        /******/        throw e;
        /******/      });
      /******/      promise = Promise.race([ promise, new Promise(resolve => installedChunkData = installedChunks[chunkId] = [ resolve ]) ])
      /******/;
      promises.push(installedChunkData[1] = promise);
      /******/    }
    /******/
    /******/
    /******/  };
  /******/
  /******/ // no prefetching
  /******/
  /******/ // no preloaded
  /******/
  /******/ // no external install chunk
  /******/
  /******/ // no on chunks loaded
  /******/})();

/******/
/************************************************************************/
/******/
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);

/******/ __webpack_exports__ = await __webpack_exports__;
/******/